"""linear_forward forgets the bias: out = x @ W."""
QUESTION = "q4_linear"


def linear_forward(x, W, b):
    return x @ W, (x, W)
