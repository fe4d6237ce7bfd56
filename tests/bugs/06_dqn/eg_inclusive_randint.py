"""epsilon_greedy drawing the random action with Python's random.randint(0, A), which
includes A: about one random action in A + 1 is the non-existent action A."""
QUESTION = "q4_epsilon_greedy"
import random


def epsilon_greedy(q_values, epsilon, rng):
    actions = q_values.argmax(dim=1).numpy().astype(np.int64)
    for i in range(len(actions)):
        if rng.random() < epsilon:
            actions[i] = random.randint(0, q_values.shape[1])
    return actions
