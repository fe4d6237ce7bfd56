"""make_optimizer uses torch.optim.Adam with weight_decay: the right groups, but an L2 penalty
through the gradient (scaled by Adam's 1/sqrt(v)) instead of decoupled weight decay."""
QUESTION = "q5_optimizer"


def make_optimizer(model, lr, weight_decay):
    decay = [p for p in model.parameters() if p.ndim >= 2]
    no_decay = [p for p in model.parameters() if p.ndim < 2]
    return torch.optim.Adam([{"params": decay, "weight_decay": weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=lr)
