"""double_dqn_target with the roles of the two networks swapped: the target network selects
the next action and the online network evaluates it, so the value comes from the network
that is being trained."""
QUESTION = "q7_double_dqn_target"


def double_dqn_target(rewards, next_obs, terminated, q_net, target_net, gamma):
    with torch.no_grad():
        next_actions = target_net(next_obs).argmax(dim=1, keepdim=True)
        next_value = q_net(next_obs).gather(1, next_actions).squeeze(1)
        return rewards + gamma * (~terminated).float() * next_value
