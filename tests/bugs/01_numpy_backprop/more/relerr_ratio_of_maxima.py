"""relative_error as max|a - b| / max(|a| + |b|), a ratio of maxima instead of the maximum of
the elementwise ratios: small entries with large relative errors are hidden by large entries."""
QUESTION = "q8_gradient_check"


def relative_error(a, b):
    return float(np.max(np.abs(a - b)) / max(1e-8, float(np.max(np.abs(a) + np.abs(b)))))
