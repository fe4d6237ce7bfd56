"""make_optimizer puts every parameter in one group with weight decay: biases and LayerNorm's
gamma and beta are decayed too."""
QUESTION = "q5_optimizer"


def make_optimizer(model, lr, weight_decay):
    return torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=weight_decay)
