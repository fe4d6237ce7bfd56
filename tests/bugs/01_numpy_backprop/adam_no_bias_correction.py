"""adam_step does not apply the bias correction of §10 as stated (m_hat = m / (1 - beta1**t),
v_hat = v / (1 - beta2**t), with t counting from 1), so its first steps have the wrong size. This
version leaves it out: m / (sqrt(v) + eps), first steps about 3.2 times too large."""
QUESTION = "q9_optimizers"


def adam_step(w, dw, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * m / (np.sqrt(v) + eps), m, v
