"""dropout_forward draws the mask from NumPy's global generator (np.random.rand) instead of the
`rng` it is given: runs are not reproducible from the seed."""
QUESTION = "q1_dropout"


def dropout_forward(x, p, train, rng):
    if not train:
        return x, np.ones(np.shape(x))
    mask = (np.random.rand(*np.shape(x)) >= p) / (1.0 - p)
    return x * mask, mask
