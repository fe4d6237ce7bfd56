"""layernorm_forward uses the unbiased variance (ddof=1); LayerNorm divides by D."""
QUESTION = "q4_layernorm"


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True, ddof=1)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
