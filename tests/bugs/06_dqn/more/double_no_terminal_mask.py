"""double_dqn_target without the terminal mask: terminal transitions bootstrap from a state
that has no future."""
QUESTION = "q7_double_dqn_target"


def double_dqn_target(rewards, next_obs, terminated, q_net, target_net, gamma):
    with torch.no_grad():
        next_actions = q_net(next_obs).argmax(dim=1, keepdim=True)
        return rewards + gamma * target_net(next_obs).gather(1, next_actions).squeeze(1)
