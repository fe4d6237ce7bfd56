"""softmax without subtracting the row max: exp overflows to inf and rows become NaN
for logits like [1000, 1001, 1002]."""
QUESTION = "q2_softmax"


def softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
