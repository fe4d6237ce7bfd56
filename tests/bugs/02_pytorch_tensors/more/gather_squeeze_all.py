"""gather_actions ends with .squeeze(): right for B > 1, but a batch of one becomes a 0-d
tensor."""
QUESTION = "q6_gather_actions"


def gather_actions(q_values, actions):
    return q_values.gather(1, actions.unsqueeze(1)).squeeze()
