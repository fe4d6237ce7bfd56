"""td_target taking the max over the batch dimension (dim=0): shape (A,), the best value
of each action over all next states, instead of one value per transition."""
QUESTION = "q6_td_target"


def td_target(rewards, next_obs, terminated, target_net, gamma):
    with torch.no_grad():
        next_value = target_net(next_obs).max(dim=0).values
        return rewards + gamma * (~terminated).float() * next_value
