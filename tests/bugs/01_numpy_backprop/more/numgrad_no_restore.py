"""numerical_gradient forgets to restore each entry after perturbing it: every later entry is
evaluated at a point where the earlier entries sit at x_i - h (invisible for separable f)."""
QUESTION = "q8_gradient_check"


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(*x.shape):
        old = x[idx]
        x[idx] = old + h
        f_plus = f(x)
        x[idx] = old - h
        f_minus = f(x)
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad
