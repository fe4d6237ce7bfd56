"""Correct alternative: optimisers that update their arguments in place (w -= ..., m *= ...) and
return the same arrays; the tests must not care whether updates are in place or copies."""
QUESTION = "q9_optimizers"


def sgd_step(w, dw, lr):
    w -= lr * dw
    return w


def momentum_step(w, dw, v, lr, mu=0.9):
    v *= mu
    v -= lr * dw
    w += v
    return w, v


def adam_step(w, dw, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m *= beta1
    m += (1 - beta1) * dw
    v *= beta2
    v += (1 - beta2) * np.square(dw)
    w -= lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
    return w, m, v
