"""batchnorm_backward keeps the path through the mean but drops the one through the variance:
the columns of dx still sum to 0, but the values are wrong."""
QUESTION = "q3_batchnorm_backward"


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=0))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
