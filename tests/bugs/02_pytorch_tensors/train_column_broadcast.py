"""train_linear_regression makes x a column (N, 1): the prediction (N, 1) minus y (N,)
broadcasts to (N, N), and the loss averages N^2 meaningless differences."""
QUESTION = "q9_train_linear_regression"


def train_linear_regression(x, y, steps=200, lr=0.1):
    x = x.reshape(-1, 1)
    w = torch.zeros((), requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    for _ in range(steps):
        loss = ((w * x + b - y) ** 2).mean()
        loss.backward()
        sgd_update_([w, b], lr)
    return w.item(), b.item()
