"""layernorm_forward normalises over the batch axis (axis=0), so it computes batch norm instead of layer norm."""
QUESTION = "q4_layernorm"


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
