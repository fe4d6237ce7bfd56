"""Correct alternative activations: sigmoid through tanh (0.5 * (1 + tanh(z / 2)), stable because
tanh saturates instead of overflowing), tanh through the sigmoid identity 2 sigma(2z) - 1,
relu as z * (z > 0), relu_grad with np.heaviside(z, 0), and sigmoid_grad from exp(-|z|)."""
QUESTION = "q1_activations"


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def tanh(z):
    return 2.0 * sigmoid(2.0 * z) - 1.0


def relu(z):
    return z * (z > 0)


def relu_grad(z):
    return np.heaviside(z, 0.0)


def sigmoid_grad(z):
    e = np.exp(-np.abs(z))
    return e / (1.0 + e) ** 2


def tanh_grad(z):
    c = np.cosh(np.clip(z, -350, 350))
    return 1.0 / (c * c)
