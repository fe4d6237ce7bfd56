"""make_optimizer exempts parameters whose name contains "bias" and decays all the rest: the
gamma of LayerNorm and BatchNorm (named "weight") is decayed."""
QUESTION = "q5_optimizer"


def make_optimizer(model, lr, weight_decay):
    decay = [p for name, p in model.named_parameters() if "bias" not in name]
    no_decay = [p for name, p in model.named_parameters() if "bias" in name]
    return torch.optim.AdamW([{"params": decay, "weight_decay": weight_decay},
                              {"params": no_decay, "weight_decay": 0.0}], lr=lr)
