"""hard_update that points the target's parameters at the online tensors (p.data = ...):
both networks share storage, so the target moves with every optimiser step."""
QUESTION = "q10_hard_update"


def hard_update(target, online):
    for p_target, p_online in zip(target.parameters(), online.parameters()):
        p_target.data = p_online.data
