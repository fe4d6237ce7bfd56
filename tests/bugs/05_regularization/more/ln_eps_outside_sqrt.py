"""layernorm_forward divides by sqrt(var) + eps instead of sqrt(var + eps): invisible for
ordinary rows, far off for rows with a tiny variance."""
QUESTION = "q4_layernorm"


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=1, keepdims=True)
    std = x.std(axis=1, keepdims=True)
    return gamma * (x - mu) / (std + eps) + beta
