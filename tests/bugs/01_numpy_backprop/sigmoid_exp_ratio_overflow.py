"""sigmoid written as exp(z) / (1 + exp(z)): exp overflows to inf for large z and
inf / inf gives nan (sigmoid(1000) is nan instead of 1)."""
QUESTION = "q1_activations"


def sigmoid(z):
    e = np.exp(z)
    return e / (1.0 + e)
