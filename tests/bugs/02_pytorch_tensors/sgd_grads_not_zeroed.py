"""sgd_update_ updates correctly but never resets the gradients: the next backward() adds to
them, and every step uses the sum of all past gradients."""
QUESTION = "q8_sgd_update"


def sgd_update_(params, lr):
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p -= lr * p.grad
