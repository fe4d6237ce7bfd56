"""softmax normalises over axis 0 (columns) instead of each row: columns sum to 1, rows do not."""
QUESTION = "q2_softmax"


def softmax(z):
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
