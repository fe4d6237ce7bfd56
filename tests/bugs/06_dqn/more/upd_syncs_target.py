"""dqn_update that also copies the online network into the target network after every
step: the target is no longer fixed between syncs."""
QUESTION = "q13_dqn_update"


def dqn_update(q_net, target_net, optimizer, batch, gamma):
    loss = dqn_loss(q_net, target_net, batch, gamma)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    target_net.load_state_dict(q_net.state_dict())
    return loss.item()
