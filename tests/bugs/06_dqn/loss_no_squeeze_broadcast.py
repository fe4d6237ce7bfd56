"""dqn_loss without the squeeze: Q-values of shape (B, 1) against targets of shape (B,)
broadcast to (B, B) (PyTorch only warns): every Q-value is compared with every target."""
QUESTION = "q9_dqn_loss"
import warnings


def dqn_loss(q_net, target_net, batch, gamma):
    q = q_net(batch["obs"]).gather(1, batch["actions"].unsqueeze(1))
    y = td_target(batch["rewards"], batch["next_obs"], batch["terminated"], target_net, gamma)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return F.smooth_l1_loss(q, y)
