"""gather_actions picks the values with Python floats and builds a new tensor: the values are
right, but the graph is gone, so the TD loss would not train the Q-network."""
QUESTION = "q6_gather_actions"


def gather_actions(q_values, actions):
    picked = [q_values[i, a].item() for i, a in enumerate(actions.tolist())]
    return torch.tensor(picked, device=q_values.device)
