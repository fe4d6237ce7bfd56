"""Correct alternative: numerical_gradient iterating with np.nditer (multi_index, readwrite) on a
private copy, and relative_error written with np.divide and an explicit denominator array."""
QUESTION = "q8_gradient_check"


def numerical_gradient(f, x, h=1e-5):
    x = x.astype(np.float64, copy=True)
    grad = np.empty_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        i = it.multi_index
        saved = x[i]
        x[i] = saved + h
        up = f(x)
        x[i] = saved - h
        down = f(x)
        x[i] = saved
        grad[i] = (up - down) / (2.0 * h)
        it.iternext()
    return grad


def relative_error(a, b):
    num = np.abs(np.subtract(a, b, dtype=np.float64))
    den = np.abs(a) + np.abs(b)
    den = np.where(den > 1e-8, den, 1e-8)
    return np.divide(num, den).max().item()
