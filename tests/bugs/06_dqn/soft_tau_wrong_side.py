"""soft_update with tau on the wrong side: target <- (1 - tau) * online + tau * target,
which jumps almost all the way to the online network for tau = 0.005."""
QUESTION = "q11_soft_update"


def soft_update(target, online, tau):
    with torch.no_grad():
        for p_target, p_online in zip(target.parameters(), online.parameters()):
            p_target.copy_((1 - tau) * p_online + tau * p_target)
