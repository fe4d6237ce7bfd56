"""greedy_action that takes max(dim=1)[0]: max returns the largest Q-value first and its
index second, so the function returns the value of the best action, cut to an int, instead
of the action itself; take the index, max(dim=1)[1] or argmax(dim=1)."""
QUESTION = "q16_bug_greedy_action"


def greedy_action(q_net, obs):
    x = torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0)
    with torch.no_grad():
        q_values = q_net(x)
    return int(q_values.max(dim=1)[0][0])
