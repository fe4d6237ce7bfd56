"""adam_step puts eps inside the square root: sqrt(v_hat + eps). Invisible for ordinary
gradients, but for a gradient of 1e-9 the step is 1e-5 * lr instead of lr / 11."""
QUESTION = "q9_optimizers"


def adam_step(w, dw, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    return w - lr * m_hat / np.sqrt(v_hat + eps), m, v
