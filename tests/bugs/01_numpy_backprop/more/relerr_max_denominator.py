"""relative_error divides by max(|a|, |b|) instead of |a| + |b|: relative_error([1], [3]) is
2/3 instead of 0.5."""
QUESTION = "q8_gradient_check"


def relative_error(a, b):
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.maximum(np.abs(a), np.abs(b)))))
