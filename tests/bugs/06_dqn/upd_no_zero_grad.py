"""dqn_update without optimizer.zero_grad(): gradients of all previous batches keep
accumulating in .grad, so every step after the first is wrong."""
QUESTION = "q13_dqn_update"


def dqn_update(q_net, target_net, optimizer, batch, gamma):
    loss = dqn_loss(q_net, target_net, batch, gamma)
    loss.backward()
    optimizer.step()
    return loss.item()
