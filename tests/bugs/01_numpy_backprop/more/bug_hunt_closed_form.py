"""fit_linear_sgd replaced by a closed-form least-squares fit: it hides the symptom, but it
returns the optimum instead of what the given epochs of mini-batch SGD reach, and made-up losses."""
QUESTION = "q13_bug_hunt"


def fit_linear_sgd(X, y, lr=0.1, epochs=20, batch_size=16, seed=0):
    A = np.column_stack([X, np.ones(len(X))])
    coef = np.linalg.lstsq(A, y, rcond=None)[0]
    final = float(np.mean((A @ coef - y) ** 2))
    return coef[:-1], float(coef[-1]), [final] * epochs
