"""sarsa_target without torch.no_grad(): the target is differentiated through (a full
gradient instead of the semi-gradient)."""
QUESTION = "q8_sarsa_target"


def sarsa_target(rewards, next_obs, next_actions, terminated, q_net, gamma):
    next_q = q_net(next_obs).gather(1, next_actions.unsqueeze(1)).squeeze(1)
    return rewards + gamma * (~terminated).float() * next_q
