"""count_parameters that counts only the weight matrices and kernels (p.dim() > 1), forgetting
the biases: nn.Linear(784, 10) gives 7840 instead of 7850."""
QUESTION = "q5_count_parameters"


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad and p.dim() > 1)
