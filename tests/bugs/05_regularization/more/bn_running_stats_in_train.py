"""batchnorm_forward normalises with the running statistics in training mode too (it updates
them first, then uses them), so the batch is not standardised."""
QUESTION = "q2_batchnorm_forward"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    N = x.shape[0]
    if train:
        running_mean = (1 - momentum) * running_mean + momentum * x.mean(axis=0)
        running_var = (1 - momentum) * running_var + momentum * x.var(axis=0) * N / (N - 1)
    inv_std = 1.0 / np.sqrt(running_var + eps)
    x_hat = (x - running_mean) * inv_std
    return gamma * x_hat + beta, running_mean, running_var, (x_hat, gamma, inv_std)
