"""batchnorm_forward uses the Keras momentum convention with PyTorch's value: momentum weights
the OLD running statistics, so with momentum=0.1 they jump to 90% of the last batch."""
QUESTION = "q2_batchnorm_forward"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    if not train:
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, running_mean, running_var, None
    N = x.shape[0]
    mu, var = x.mean(axis=0), x.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    running_mean = momentum * running_mean + (1 - momentum) * mu
    running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    return gamma * x_hat + beta, running_mean, running_var, (x_hat, gamma, inv_std)
