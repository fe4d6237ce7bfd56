"""sgd_update_ resets the gradients before using them: nothing moves."""
QUESTION = "q8_sgd_update"


def sgd_update_(params, lr):
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p.grad.zero_()
                p -= lr * p.grad
