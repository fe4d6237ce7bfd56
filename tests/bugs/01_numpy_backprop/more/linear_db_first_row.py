"""linear_backward takes db from the first row of the upstream gradient only (dout[0])."""
QUESTION = "q4_linear"
SAME_AS = "linear_db_mean"


def linear_backward(dout, cache):
    x, W = cache
    return dout @ W.T, x.T @ dout, dout[0]
