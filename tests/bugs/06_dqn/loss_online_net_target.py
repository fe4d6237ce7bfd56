"""dqn_loss that builds the target with the online network instead of the target
network: the target moves with every step (no target network at all)."""
QUESTION = "q9_dqn_loss"


def dqn_loss(q_net, target_net, batch, gamma):
    q = q_net(batch["obs"]).gather(1, batch["actions"].unsqueeze(1)).squeeze(1)
    y = td_target(batch["rewards"], batch["next_obs"], batch["terminated"], q_net, gamma)
    return F.smooth_l1_loss(q, y)
