"""attention forgets to divide the scores q k^T by sqrt(d): the softmax gets sharper as the width d grows, and the weights differ from PyTorch's."""
QUESTION = "q10_attention"


def attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
