"""softmax_cross_entropy divides its gradient by the batch size N a wrong number of times: the
loss is a mean, so dlogits is (softmax - one_hot) / N, divided by N exactly once. This version
divides twice (once for the mean, once again "to be safe")."""
QUESTION = "q6_cross_entropy"


def softmax_cross_entropy(logits, y):
    N = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    dlogits = np.exp(log_p)
    dlogits[np.arange(N), y] -= 1.0
    dlogits /= N
    return float(-log_p[np.arange(N), y].mean()), dlogits / N
