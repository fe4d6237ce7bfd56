"""linear_backward does not sum the upstream gradient over the batch for db: the bias is added
to every row, so db = dout.sum(axis=0), and any other reduction is right for a batch of one only.
This version averages it."""
QUESTION = "q4_linear"


def linear_backward(dout, cache):
    x, W = cache
    return dout @ W.T, x.T @ dout, dout.mean(axis=0)
