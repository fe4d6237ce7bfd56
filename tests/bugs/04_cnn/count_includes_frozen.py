"""count_parameters that counts every parameter, frozen ones (requires_grad=False) included."""
QUESTION = "q5_count_parameters"


def count_parameters(model):
    return sum(p.numel() for p in model.parameters())
