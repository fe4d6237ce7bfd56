"""gather_actions passes the actions of shape (B,) as the index: "Index tensor must have the
same number of dimensions as input tensor"."""
QUESTION = "q6_gather_actions"


def gather_actions(q_values, actions):
    return q_values.gather(1, actions)
