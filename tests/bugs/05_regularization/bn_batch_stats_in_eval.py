"""batchnorm_forward ignores `train` for the normalisation: evaluation mode also uses the batch
statistics (though it leaves the running statistics alone)."""
QUESTION = "q2_batchnorm_forward"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    N = x.shape[0]
    mu, var = x.mean(axis=0), x.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    if train:
        running_mean = (1 - momentum) * running_mean + momentum * mu
        running_var = (1 - momentum) * running_var + momentum * var * N / (N - 1)
    return gamma * x_hat + beta, running_mean, running_var, (x_hat, gamma, inv_std)
