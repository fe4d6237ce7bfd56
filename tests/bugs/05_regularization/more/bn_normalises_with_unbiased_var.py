"""batchnorm_forward normalises with the unbiased variance (np.var(..., ddof=1)) as well as
storing it: the outputs no longer have variance 1 and differ from BatchNorm1d."""
QUESTION = "q2_batchnorm_forward"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    if not train:
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, running_mean, running_var, None
    mu, var = x.mean(axis=0), x.var(axis=0, ddof=1)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    running_mean = (1 - momentum) * running_mean + momentum * mu
    running_var = (1 - momentum) * running_var + momentum * var
    return gamma * x_hat + beta, running_mean, running_var, (x_hat, gamma, inv_std)
