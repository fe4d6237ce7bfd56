"""relative_error without the 1e-8 floor: 0/0 = nan when both arrays are zero."""
QUESTION = "q8_gradient_check"


def relative_error(a, b):
    return float(np.max(np.abs(a - b) / (np.abs(a) + np.abs(b))))
