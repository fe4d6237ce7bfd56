"""epsilon_greedy whose random action is drawn among the non-greedy actions only: the
non-greedy fraction is epsilon instead of epsilon * (A - 1) / A."""
QUESTION = "q4_epsilon_greedy"


def epsilon_greedy(q_values, epsilon, rng):
    B, A = q_values.shape
    greedy = q_values.argmax(dim=1).numpy().astype(np.int64)
    explore = rng.random(B) < epsilon
    other = (greedy + rng.integers(1, A, size=B)) % A  # never the greedy action
    return np.where(explore, other, greedy)
