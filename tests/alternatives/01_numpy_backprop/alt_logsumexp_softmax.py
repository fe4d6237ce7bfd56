"""Correct alternative: softmax as exp(z - logsumexp(z)) and softmax_cross_entropy with a one-hot
matrix built from np.eye, both stable through log-sum-exp."""
QUESTION = "q2_softmax"


def _logsumexp(z):
    m = np.max(z, axis=1, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=1, keepdims=True))


def softmax(z):
    return np.exp(z - _logsumexp(z))


def softmax_cross_entropy(logits, y):
    N, C = logits.shape
    one_hot = np.eye(C)[y]
    log_p = logits - _logsumexp(logits)
    loss = -np.sum(one_hot * log_p) / N
    return loss, (np.exp(log_p) - one_hot) / N
