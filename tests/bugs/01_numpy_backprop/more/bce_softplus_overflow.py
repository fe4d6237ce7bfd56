"""bce_with_logits computes softplus as np.log(1 + np.exp(z)): exp overflows for large logits,
so z = 1000 gives an infinite loss instead of 1000."""
QUESTION = "q12_bce"


def bce_with_logits(logits, y):
    loss = np.mean(np.log(1.0 + np.exp(logits)) - y * logits)
    return float(loss), (1.0 / (1.0 + np.exp(-logits)) - y) / logits.size
