"""numerical_gradient hard-codes the step 1e-5 and ignores the h argument."""
QUESTION = "q8_gradient_check"


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    step = 1e-5
    for idx in np.ndindex(*x.shape):
        old = x[idx]
        x[idx] = old + step
        f_plus = f(x)
        x[idx] = old - step
        f_minus = f(x)
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * step)
    return grad
