"""Correct alternatives for the NumPy questions: dropout with rng.binomial; batch norm with
np.var(ddof=...), running statistics updated IN PLACE (and returned), a dict as the cache and
the staged (CS231n) backward pass through mu and sigma^2; layer norm as batch norm of the
transpose."""
QUESTION = "q1_dropout"


def dropout_forward(x, p, train, rng):
    x = np.asarray(x, dtype=float)
    if not train or p == 0.0:
        return x.copy(), np.ones_like(x)
    keep = rng.binomial(1, 1.0 - p, size=x.shape)
    mask = keep.astype(float) * (1.0 / (1.0 - p))
    return np.multiply(x, mask), mask


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    if train:
        N = x.shape[0]
        mu = np.mean(x, axis=0)
        xc = x - mu
        var = np.mean(xc ** 2, axis=0)
        std = np.sqrt(var + eps)
        out = gamma * (xc / std) + beta
        running_mean *= 1.0 - momentum
        running_mean += momentum * mu
        running_var *= 1.0 - momentum
        running_var += momentum * np.var(x, axis=0, ddof=1)
        return out, running_mean, running_var, {"xc": xc, "std": std, "gamma": gamma, "N": N}
    out = (x - running_mean) / np.sqrt(running_var + eps) * gamma + beta
    return out, running_mean, running_var, {}


def batchnorm_backward(dout, cache):
    xc, std, gamma, N = cache["xc"], cache["std"], cache["gamma"], cache["N"]
    x_hat = xc / std
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    dvar = np.sum(dx_hat * xc, axis=0) * -0.5 * std ** -3
    dmu = -np.sum(dx_hat / std, axis=0) + dvar * np.mean(-2.0 * xc, axis=0)
    dx = dx_hat / std + dvar * 2.0 * xc / N + dmu / N
    return dx, dgamma, dbeta


def layernorm_forward(x, gamma, beta, eps=1e-5):
    xt = x.T  # (D, N): each example is now a column
    xt_hat = (xt - xt.mean(axis=0)) / np.sqrt(xt.var(axis=0) + eps)
    return xt_hat.T * gamma + beta
