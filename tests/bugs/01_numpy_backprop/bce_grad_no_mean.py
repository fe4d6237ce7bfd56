"""bce_with_logits returns a gradient other than (sigmoid(z) - y) / size: the loss is the mean
over all entries, so each entry's gradient is sigmoid(z) - y divided by the number of entries.
This version forgets the division (N times too large)."""
QUESTION = "q12_bce"


def bce_with_logits(logits, y):
    loss = np.mean(np.logaddexp(0.0, logits) - y * logits)
    e = np.exp(-np.abs(logits))
    p = np.where(logits >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return float(loss), p - y
