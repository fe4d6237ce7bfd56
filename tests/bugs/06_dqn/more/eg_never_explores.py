"""epsilon_greedy with a comparison typo (`==` instead of `=`) when writing the random
actions: the coins are flipped, but the agent never explores."""
QUESTION = "q4_epsilon_greedy"


def epsilon_greedy(q_values, epsilon, rng):
    B, A = q_values.shape
    actions = q_values.argmax(dim=1).numpy().astype(np.int64)
    explore = rng.random(B) < epsilon
    random_actions = rng.integers(0, A, size=B)
    actions[explore] == random_actions[explore]
    return actions
