"""relu_grad uses z >= 0, so relu_grad(0) is 1 instead of the stated convention 0."""
QUESTION = "q1_activations"


def relu_grad(z):
    return (z >= 0).astype(float)
