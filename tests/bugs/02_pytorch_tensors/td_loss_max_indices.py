"""td_loss keeps next_q_values.max(dim=1)[1]: item 1 of the pair max returns is the indices
(the best actions), not the values, so the TD target adds an action number instead of the
best next Q-value."""
QUESTION = "q13_td_loss_bugs"


def td_loss(q_values, actions, rewards, next_q_values, terminated, gamma):
    q_taken = q_values.gather(1, actions.unsqueeze(1)).squeeze(1)
    with torch.no_grad():
        best_next = next_q_values.max(dim=1)[1]
        target = rewards + gamma * (1 - terminated.float()) * best_next
    return ((q_taken - target) ** 2).mean(), target
