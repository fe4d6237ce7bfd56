"""Correct alternative with explicit Python loops instead of vectorised code: a linear layer that
loops over its output units (and keeps a dict as its cache), an MSE that loops over the entries,
and a perceptron that maps the labels to -1/+1 internally and updates only on mistakes.
(Looping over output units rather than examples keeps train_mlp, which uses the linear layer,
within a few seconds.)"""
QUESTION = "q4_linear"


def linear_forward(x, W, b):
    N, M = x.shape[0], W.shape[1]
    out = np.empty((N, M))
    for j in range(M):
        out[:, j] = x @ W[:, j] + b[j]
    return out, {"x": x, "W": W}


def linear_backward(dout, cache):
    x, W = cache["x"], cache["W"]
    dx = np.zeros(x.shape)
    dW = np.zeros(W.shape)
    db = np.zeros(W.shape[1])
    for j in range(W.shape[1]):
        dx += np.outer(dout[:, j], W[:, j])
        dW[:, j] = x.T @ dout[:, j]
        db[j] = np.sum(dout[:, j])
    return dx, dW, db


def mse_loss(pred, target):
    pred = np.asarray(pred, dtype=float)
    flat_p, flat_t = pred.ravel(), np.asarray(target, dtype=float).ravel()
    n = flat_p.size
    total = 0.0
    grad = np.empty(n)
    for i in range(n):
        d = flat_p[i] - flat_t[i]
        total += d * d
        grad[i] = 2.0 * d / n
    return total / n, grad.reshape(pred.shape)


def perceptron_train(X, y, lr=1.0, epochs=20):
    w = np.zeros(X.shape[1])
    b = 0.0
    signs = 2 * np.asarray(y) - 1  # {0, 1} -> {-1, +1}
    for _ in range(epochs):
        for i in range(X.shape[0]):
            predicted = 1 if np.dot(w, X[i]) + b >= 0 else -1
            if predicted != signs[i]:
                w = w + lr * signs[i] * X[i]
                b = b + lr * signs[i]
    return w, b

