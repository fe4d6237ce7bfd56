"""sgd_update_ updates the leaf in place outside torch.no_grad(): "a leaf Variable that
requires grad is being used in an in-place operation"."""
QUESTION = "q8_sgd_update"


def sgd_update_(params, lr):
    for p in params:
        if p.grad is not None:
            p -= lr * p.grad.detach()
            p.grad = None
