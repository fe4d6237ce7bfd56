"""count_parameters that sums the parameters of every module in model.modules(): a container's
parameters() already includes its children's, so nested layers are counted once per level."""
QUESTION = "q5_count_parameters"


def count_parameters(model):
    return sum(p.numel() for m in model.modules() for p in m.parameters() if p.requires_grad)
