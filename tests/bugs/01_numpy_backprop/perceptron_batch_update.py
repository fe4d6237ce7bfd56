"""perceptron that predicts with the weights from the start of the epoch and applies the sum
of the corrections once per epoch (a batch update), not the online rule of §4."""
QUESTION = "q3_perceptron"


def perceptron_train(X, y, lr=1.0, epochs=20):
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(epochs):
        y_hat = (X @ w + b >= 0).astype(int)
        err = y - y_hat
        w = w + lr * err @ X
        b = b + lr * err.sum()
    return w, float(b)
