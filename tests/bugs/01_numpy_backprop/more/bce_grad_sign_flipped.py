"""bce_with_logits returns (y - sigmoid(z)) / size, the negative of the gradient: a gradient
step then increases the loss."""
QUESTION = "q12_bce"
SAME_AS = "bce_grad_no_mean"


def bce_with_logits(logits, y):
    loss = np.mean(np.logaddexp(0.0, logits) - y * logits)
    e = np.exp(-np.abs(logits))
    p = np.where(logits >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return float(loss), (y - p) / logits.size
