"""attention reads the boolean mask the wrong way round, hiding the keys marked True: in PyTorch's scaled_dot_product_attention True means "may attend" (it is nn.MultiheadAttention's key_padding_mask that uses True for "ignore")."""
QUESTION = "q10_attention"


def attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / q.shape[-1] ** 0.5
    if mask is not None:
        scores = scores.masked_fill(mask, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
