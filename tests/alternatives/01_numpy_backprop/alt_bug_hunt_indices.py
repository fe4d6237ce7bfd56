"""Correct alternative: fit_linear_sgd fixed by indexing X and y with the same slice of the
epoch's permutation (idx = order[start:stop]) instead of shuffling whole arrays."""
QUESTION = "q13_bug_hunt"


def fit_linear_sgd(X, y, lr=0.1, epochs=20, batch_size=16, seed=0):
    rng = np.random.default_rng(seed)
    N, D = X.shape
    w, b = np.zeros(D), 0.0
    losses = []
    for epoch in range(epochs):
        order = rng.permutation(N)
        batch_losses = []
        for start in range(0, N, batch_size):
            idx = order[start:start + batch_size]
            xb, yb = X[idx], y[idx]
            loss, dpred = mse_loss(xb @ w + b, yb)
            w = sgd_step(w, xb.T @ dpred, lr)
            b = b - lr * float(np.sum(dpred))
            batch_losses.append(loss)
        losses.append(sum(batch_losses) / len(batch_losses))
    return w, b, losses
