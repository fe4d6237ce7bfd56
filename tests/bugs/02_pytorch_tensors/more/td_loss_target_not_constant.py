"""td_loss computes the TD target outside torch.no_grad() and does not detach it: the values
are right, but the target requires grad, so the update would also move the next-state
Q-values towards the prediction."""
QUESTION = "q13_td_loss_bugs"


def td_loss(q_values, actions, rewards, next_q_values, terminated, gamma):
    q_taken = q_values.gather(1, actions.unsqueeze(1)).squeeze(1)
    target = rewards + gamma * (1 - terminated.float()) * next_q_values.max(dim=1).values
    return ((q_taken - target) ** 2).mean(), target
