"""batchnorm_forward puts the biased batch variance (divided by N) into the running variance;
torch.nn.BatchNorm1d stores the unbiased one (divided by N - 1)."""
QUESTION = "q2_batchnorm_forward"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    if not train:
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, running_mean, running_var, None
    mu, var = x.mean(axis=0), x.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    running_mean = (1 - momentum) * running_mean + momentum * mu
    running_var = (1 - momentum) * running_var + momentum * var
    return gamma * x_hat + beta, running_mean, running_var, (x_hat, gamma, inv_std)
