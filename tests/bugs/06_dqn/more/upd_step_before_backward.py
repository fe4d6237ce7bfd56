"""dqn_update calling optimizer.step() before loss.backward(): each step uses the
gradients of the previous batch (the first step does nothing)."""
QUESTION = "q13_dqn_update"


def dqn_update(q_net, target_net, optimizer, batch, gamma):
    loss = dqn_loss(q_net, target_net, batch, gamma)
    optimizer.step()
    optimizer.zero_grad()
    loss.backward()
    return loss.item()
