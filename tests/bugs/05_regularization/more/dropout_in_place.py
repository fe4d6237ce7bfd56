"""dropout_forward multiplies the caller's x in place (x *= mask) and returns it: right values,
but the input array is destroyed."""
QUESTION = "q1_dropout"


def dropout_forward(x, p, train, rng):
    if not train:
        return x, np.ones(np.shape(x))
    mask = (rng.random(np.shape(x)) >= p) / (1.0 - p)
    x *= mask
    return x, mask
