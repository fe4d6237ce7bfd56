"""sgd_update_ writes p = p - lr * p.grad: a new tensor bound to the loop variable, the
parameter itself never changes."""
QUESTION = "q8_sgd_update"


def sgd_update_(params, lr):
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p.grad, grad = None, p.grad
                p = p - lr * grad
