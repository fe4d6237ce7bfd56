"""double_dqn_target that selects the next action with the target network as well as
evaluating it (the max of the target network, DQN's own target): the overestimation that
Double DQN removes is back."""
QUESTION = "q7_double_dqn_target"


def double_dqn_target(rewards, next_obs, terminated, q_net, target_net, gamma):
    with torch.no_grad():
        next_value = target_net(next_obs).max(dim=1).values
        return rewards + gamma * (~terminated).float() * next_value
