"""fit_linear_sgd "fixed" by removing the shuffle: the loss goes down, but every epoch visits
the examples in the same order instead of a new rng.permutation(N), so it no longer computes
the mini-batch SGD it was meant to."""
QUESTION = "q13_bug_hunt"


def fit_linear_sgd(X, y, lr=0.1, epochs=20, batch_size=16, seed=0):
    N, D = X.shape
    w, b = np.zeros(D), 0.0
    losses = []
    for epoch in range(epochs):
        X_shuf, y_shuf = X, y
        batch_losses = []
        for start in range(0, N, batch_size):
            xb = X_shuf[start:start + batch_size]
            yb = y_shuf[start:start + batch_size]
            loss, dpred = mse_loss(xb @ w + b, yb)
            w = sgd_step(w, xb.T @ dpred, lr)
            b = float(sgd_step(b, np.sum(dpred), lr))
            batch_losses.append(loss)
        losses.append(float(np.mean(batch_losses)))
    return w, b, losses
