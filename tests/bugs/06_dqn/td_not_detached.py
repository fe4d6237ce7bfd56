"""td_target without torch.no_grad(): the target carries a graph (requires_grad True), so
the loss would also push the target network's parameters (a full gradient, not a
semi-gradient)."""
QUESTION = "q6_td_target"


def td_target(rewards, next_obs, terminated, target_net, gamma):
    next_value = target_net(next_obs).max(dim=1).values
    return rewards + gamma * (~terminated).float() * next_value
