"""mse_loss forgets the factor 2 from the square in the gradient: dpred = (pred - target) / size."""
QUESTION = "q5_mse"


def mse_loss(pred, target):
    diff = pred - target
    return float(np.mean(diff ** 2)), diff / diff.size
