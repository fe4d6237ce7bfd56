"""fit_linear_sgd shuffles y with a second, independent rng.permutation(N): inputs and targets
still do not belong together, so the loss stays near the variance of y and w learns nothing."""
QUESTION = "q13_bug_hunt"
SAME_AS = "bug_hunt_y_not_shuffled"


def fit_linear_sgd(X, y, lr=0.1, epochs=20, batch_size=16, seed=0):
    rng = np.random.default_rng(seed)
    N, D = X.shape
    w, b = np.zeros(D), 0.0
    losses = []
    for epoch in range(epochs):
        order = rng.permutation(N)
        X_shuf = X[order]
        y_shuf = y[rng.permutation(N)]
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
