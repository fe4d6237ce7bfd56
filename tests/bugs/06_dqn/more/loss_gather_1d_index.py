"""dqn_loss calling gather with an index of shape (B,): gather needs an index with as
many dimensions as the input, (B, 1), and raises a RuntimeError."""
QUESTION = "q9_dqn_loss"


def dqn_loss(q_net, target_net, batch, gamma):
    q = q_net(batch["obs"]).gather(1, batch["actions"])
    y = td_target(batch["rewards"], batch["next_obs"], batch["terminated"], target_net, gamma)
    return F.smooth_l1_loss(q, y)
