"""linear_backward computes dW = dout.T @ x, the transpose of the right answer: shape (M, D)
instead of (D, M) (only shape-correct, and still wrong, when D == M)."""
QUESTION = "q4_linear"


def linear_backward(dout, cache):
    x, W = cache
    return dout @ W.T, dout.T @ x, dout.sum(axis=0)
