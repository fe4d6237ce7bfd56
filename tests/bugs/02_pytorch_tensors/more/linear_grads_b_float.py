"""linear_and_grads returns dy/db as the Python number 1.0 ("the derivative of b is one")
instead of the tensor autograd computes."""
QUESTION = "q7_linear_and_grads"


def linear_and_grads(x, w, b):
    x, w = (t.detach().clone().requires_grad_(True) for t in (x, w))
    y = (w * x).sum() + b
    y.backward()
    return y.detach(), x.grad, w.grad, 1.0
