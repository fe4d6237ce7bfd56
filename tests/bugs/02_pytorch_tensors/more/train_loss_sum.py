"""train_linear_regression with the summed squared error: the step is N times too large and
gradient descent diverges."""
QUESTION = "q9_train_linear_regression"


def train_linear_regression(x, y, steps=200, lr=0.1):
    w = torch.zeros((), requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    for _ in range(steps):
        loss = ((w * x + b - y) ** 2).sum()
        loss.backward()
        sgd_update_([w, b], lr)
    return w.item(), b.item()
