"""perceptron that never updates the bias: the boundary stays through the origin, so with
the z >= 0 convention the point (0, 0) of AND is always predicted 1."""
QUESTION = "q3_perceptron"


def perceptron_train(X, y, lr=1.0, epochs=20):
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):
            y_hat = 1 if x_i @ w + b >= 0 else 0
            w = w + lr * (y_i - y_hat) * x_i
    return w, b
