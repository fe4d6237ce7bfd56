"""make_optimizer gives the no-decay group no "weight_decay" key, so it inherits the
optimizer-wide default (AdamW's 0.01, or the value passed to the constructor)."""
QUESTION = "q5_optimizer"


def make_optimizer(model, lr, weight_decay):
    decay = [p for p in model.parameters() if p.ndim >= 2]
    no_decay = [p for p in model.parameters() if p.ndim < 2]
    return torch.optim.AdamW([{"params": decay}, {"params": no_decay}], lr=lr, weight_decay=weight_decay)
