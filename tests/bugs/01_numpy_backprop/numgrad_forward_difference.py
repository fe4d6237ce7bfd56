"""numerical_gradient with forward differences (f(x + h) - f(x)) / h: error ~ h/2 * f'' (about
1e-5 relative on a curved function) instead of ~h**2 for centred differences."""
QUESTION = "q8_gradient_check"


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    f0 = f(x)
    for idx in np.ndindex(*x.shape):
        old = x[idx]
        x[idx] = old + h
        grad[idx] = (f(x) - f0) / h
        x[idx] = old
    return grad
