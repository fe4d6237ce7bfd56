"""bce_with_logits takes the log of a sigmoid, -(y log sigmoid(z) + (1 - y) log(1 - sigmoid(z))):
for a confident logit such as z = 1000, sigmoid(z) rounds to 1 and the loss becomes inf or nan."""
QUESTION = "q12_bce"


def bce_with_logits(logits, y):
    e = np.exp(-np.abs(logits))
    p = np.where(logits >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return float(loss), (p - y) / logits.size
