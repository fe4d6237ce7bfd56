"""momentum_step subtracts the velocity (w = w - v) although v = mu * v - lr * dw already points
downhill: the parameters move uphill."""
QUESTION = "q9_optimizers"


def momentum_step(w, dw, v, lr, mu=0.9):
    v = mu * v - lr * dw
    return w - v, v
