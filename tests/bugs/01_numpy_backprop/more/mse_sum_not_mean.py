"""mse_loss sums the squared errors instead of averaging them (and uses the matching gradient)."""
QUESTION = "q5_mse"


def mse_loss(pred, target):
    diff = pred - target
    return float(np.sum(diff ** 2)), 2.0 * diff
