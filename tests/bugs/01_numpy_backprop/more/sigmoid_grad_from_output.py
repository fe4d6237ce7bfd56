"""sigmoid_grad applies s * (1 - s) to its input z as if z were already sigmoid(z):
sigmoid_grad(0) returns 0 instead of 0.25."""
QUESTION = "q1_activations"


def sigmoid_grad(z):
    return z * (1.0 - z)
