"""Correct alternative: a self-contained two_layer_mlp_loss (no helper calls, ReLU mask from
h1 > 0) and a train_mlp that uses full-batch gradient descent with the student's momentum_step,
Glorot-uniform initialisation and 32 hidden units instead of Adam."""
QUESTION = "q10_train_mlp"


def two_layer_mlp_loss(params, X, y):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    N = X.shape[0]
    h1 = np.maximum(0.0, X @ W1 + b1)
    s = h1 @ W2 + b2
    s = s - s.max(axis=1, keepdims=True)
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    loss = -np.mean(log_p[np.arange(N), y])
    ds = np.exp(log_p)
    ds[np.arange(N), y] -= 1.0
    ds /= N
    dh1 = ds @ W2.T
    dh1[h1 <= 0] = 0.0
    return float(loss), {"W1": X.T @ dh1, "b1": dh1.sum(0), "W2": h1.T @ ds, "b2": ds.sum(0)}


def train_mlp(X, y, hidden=32, lr=0.1, epochs=1000, seed=0):
    rng = np.random.default_rng(seed)
    D = X.shape[1]
    lim1, lim2 = np.sqrt(6.0 / (D + hidden)), np.sqrt(6.0 / (hidden + 2))
    params = {"W1": rng.uniform(-lim1, lim1, size=(D, hidden)), "b1": np.zeros(hidden),
              "W2": rng.uniform(-lim2, lim2, size=(hidden, 2)), "b2": np.zeros(2)}
    vel = {k: np.zeros_like(p) for k, p in params.items()}
    for _ in range(epochs):
        _, grads = two_layer_mlp_loss(params, X, y)
        for k in params:
            params[k], vel[k] = momentum_step(params[k], grads[k], vel[k], lr, mu=0.9)
    return params
