"""gather_actions as q_values[:, actions]: every action of the batch for every row, a (B, B)
matrix."""
QUESTION = "q6_gather_actions"


def gather_actions(q_values, actions):
    return q_values[:, actions]
