"""dropout_forward drops entries but forgets the 1 / (1 - p): the mask holds 0 and 1, so the
mean of dropout(ones) with p = 0.5 is about 0.5 instead of 1."""
QUESTION = "q1_dropout"


def dropout_forward(x, p, train, rng):
    if not train:
        return x, np.ones(np.shape(x))
    mask = (rng.random(np.shape(x)) >= p).astype(float)
    return x * mask, mask
