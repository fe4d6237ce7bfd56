"""attention takes the softmax over the queries (dim=-2) instead of over the keys (dim=-1): the weights of each query no longer sum to 1."""
QUESTION = "q10_attention"


def attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / q.shape[-1] ** 0.5
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    return torch.softmax(scores, dim=-2) @ v
