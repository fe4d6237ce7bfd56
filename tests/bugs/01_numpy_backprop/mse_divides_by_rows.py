"""mse_loss divides by the number of rows N instead of the number of entries N*K, in both the
loss and the gradient (right only for 1-D inputs)."""
QUESTION = "q5_mse"


def mse_loss(pred, target):
    diff = pred - target
    n = diff.shape[0]
    return float(np.sum(diff ** 2) / n), 2.0 * diff / n
