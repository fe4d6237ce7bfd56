"""dropout_forward ignores `train`: it still drops (and rescales) entries in evaluation mode."""
QUESTION = "q1_dropout"


def dropout_forward(x, p, train, rng):
    mask = (rng.random(np.shape(x)) >= p) / (1.0 - p)
    return x * mask, mask
