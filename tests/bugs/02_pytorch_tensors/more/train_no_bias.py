"""train_linear_regression without the bias: fits y ~ w * x through the origin."""
QUESTION = "q9_train_linear_regression"


def train_linear_regression(x, y, steps=200, lr=0.1):
    w = torch.zeros((), requires_grad=True)
    b = torch.zeros(())
    for _ in range(steps):
        loss = ((w * x + b - y) ** 2).mean()
        loss.backward()
        sgd_update_([w], lr)
    return w.item(), b.item()
