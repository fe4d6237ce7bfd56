"""epsilon_greedy with one coin for the whole batch: either every row explores or none
does (all vectorised environments act randomly at once)."""
QUESTION = "q4_epsilon_greedy"


def epsilon_greedy(q_values, epsilon, rng):
    B, A = q_values.shape
    if rng.random() < epsilon:
        return rng.integers(0, A, size=B)
    return q_values.argmax(dim=1).numpy().astype(np.int64)
