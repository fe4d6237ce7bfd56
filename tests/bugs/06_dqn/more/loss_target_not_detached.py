"""dqn_loss that computes the target inline without torch.no_grad(): the value is right,
but gradients flow into the target network."""
QUESTION = "q9_dqn_loss"


def dqn_loss(q_net, target_net, batch, gamma):
    q = q_net(batch["obs"]).gather(1, batch["actions"].unsqueeze(1)).squeeze(1)
    next_value = target_net(batch["next_obs"]).max(dim=1).values
    y = batch["rewards"] + gamma * (~batch["terminated"]).float() * next_value
    return F.smooth_l1_loss(q, y)
