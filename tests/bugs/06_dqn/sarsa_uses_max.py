"""sarsa_target with the max over next actions (the Q-learning target) instead of the
Q-value of the action actually taken in s'."""
QUESTION = "q8_sarsa_target"


def sarsa_target(rewards, next_obs, next_actions, terminated, q_net, gamma):
    with torch.no_grad():
        next_q = q_net(next_obs).max(dim=1).values
        return rewards + gamma * (~terminated).float() * next_q
