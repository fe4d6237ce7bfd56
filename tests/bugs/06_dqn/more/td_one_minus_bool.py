"""td_target computing `1 - terminated` on the bool tensor: PyTorch refuses to subtract
a bool tensor and raises a RuntimeError."""
QUESTION = "q6_td_target"


def td_target(rewards, next_obs, terminated, target_net, gamma):
    with torch.no_grad():
        next_value = target_net(next_obs).max(dim=1).values
        return rewards + gamma * (1 - terminated) * next_value
