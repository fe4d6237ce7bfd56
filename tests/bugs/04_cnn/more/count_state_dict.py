"""count_parameters over state_dict(): a layer used twice appears under two names and is counted
twice, and frozen parameters (and buffers) are counted too."""
QUESTION = "q5_count_parameters"


def count_parameters(model):
    return sum(v.numel() for v in model.state_dict().values())
