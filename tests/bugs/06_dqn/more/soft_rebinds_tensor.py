"""soft_update that assigns the average to the loop variable: a new tensor is created
and thrown away, the target network does not change."""
QUESTION = "q11_soft_update"


def soft_update(target, online, tau):
    with torch.no_grad():
        for p_target, p_online in zip(target.parameters(), online.parameters()):
            p_target = tau * p_online + (1 - tau) * p_target
