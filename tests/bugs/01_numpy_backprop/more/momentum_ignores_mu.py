"""momentum_step ignores the mu argument and always uses 0.9."""
QUESTION = "q9_optimizers"


def momentum_step(w, dw, v, lr, mu=0.9):
    v = 0.9 * v - lr * dw
    return w + v, v
