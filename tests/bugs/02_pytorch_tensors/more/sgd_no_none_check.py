"""sgd_update_ assumes every parameter has a gradient: TypeError for an unused parameter
whose .grad is None."""
QUESTION = "q8_sgd_update"


def sgd_update_(params, lr):
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
            p.grad.zero_()
