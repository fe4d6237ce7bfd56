"""dqn_loss with the squared error instead of the Huber loss: large TD errors get
gradients of any size."""
QUESTION = "q9_dqn_loss"


def dqn_loss(q_net, target_net, batch, gamma):
    q = q_net(batch["obs"]).gather(1, batch["actions"].unsqueeze(1)).squeeze(1)
    y = td_target(batch["rewards"], batch["next_obs"], batch["terminated"], target_net, gamma)
    return F.mse_loss(q, y)
