"""gather_actions gathers along dim 0: picks q_values[actions[i], 0], the first action's value
of another transition (or raises when an action index >= B)."""
QUESTION = "q6_gather_actions"


def gather_actions(q_values, actions):
    return q_values.gather(0, actions.unsqueeze(1)).squeeze(1)
