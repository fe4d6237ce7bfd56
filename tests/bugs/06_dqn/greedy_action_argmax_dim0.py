"""greedy_action that keeps the argmax over dim 0: the Q-values of a batch of one have shape
(1, A), and an argmax over its batch axis of length 1 is 0 for every action, so the function
returns action 0 whatever the network prefers (a CartPole agent that always pushes left);
take the argmax over the actions, dim 1."""
QUESTION = "q16_bug_greedy_action"


def greedy_action(q_net, obs):
    x = torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0)
    with torch.no_grad():
        q_values = q_net(x)
    return int(q_values.argmax(dim=0)[0])
