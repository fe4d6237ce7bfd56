"""batchnorm_backward treats the batch mean and variance as constants: dx = dout * gamma / std,
forgetting that every x in the column also moves mu and sigma^2."""
QUESTION = "q3_batchnorm_backward"


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    return dout * gamma * inv_std, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
