"""adam_step without bias correction: uses m / (sqrt(v) + eps) directly, so the first steps are
about 3.2 times too large (0.1 / sqrt(0.001))."""
QUESTION = "q9_optimizers"


def adam_step(w, dw, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * m / (np.sqrt(v) + eps), m, v
