"""train_linear_regression trains for a fixed 200 steps whatever `steps` says."""
QUESTION = "q9_train_linear_regression"


def train_linear_regression(x, y, steps=200, lr=0.1):
    w = torch.zeros((), requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    for _ in range(200):
        loss = ((w * x + b - y) ** 2).mean()
        loss.backward()
        sgd_update_([w, b], lr)
    return w.item(), b.item()
