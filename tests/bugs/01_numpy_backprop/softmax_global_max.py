"""softmax subtracts one global max over the whole batch instead of each row's max:
a row far below the global max, like [-1000, -999] next to [1000, 0], underflows to 0/0 = NaN."""
QUESTION = "q2_softmax"


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum(axis=1, keepdims=True)
