"""softmax_cross_entropy returns the gradient of the summed loss (no division by N) while the
loss itself is the mean."""
QUESTION = "q6_cross_entropy"
SAME_AS = "ce_grad_divides_by_n_twice"


def softmax_cross_entropy(logits, y):
    N = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    dlogits = np.exp(log_p)
    dlogits[np.arange(N), y] -= 1.0
    return float(-log_p[np.arange(N), y].mean()), dlogits
