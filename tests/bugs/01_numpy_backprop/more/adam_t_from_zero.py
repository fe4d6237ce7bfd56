"""adam_step shifts t by one in the bias correction (1 - beta ** (t + 1)), as if t counted from 0."""
QUESTION = "q9_optimizers"
SAME_AS = "adam_no_bias_correction"


def adam_step(w, dw, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    m_hat = m / (1 - beta1 ** (t + 1))
    v_hat = v / (1 - beta2 ** (t + 1))
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
