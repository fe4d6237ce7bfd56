"""linear_backward averages the upstream gradient over the batch for db instead of summing it
(identical for a batch of one, N times too small otherwise)."""
QUESTION = "q4_linear"


def linear_backward(dout, cache):
    x, W = cache
    return dout @ W.T, x.T @ dout, dout.mean(axis=0)
