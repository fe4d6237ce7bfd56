"""td_loss keeps the Q-values taken as a (B, 1) column: minus the (B,) target it broadcasts to
(B, B), and the loss averages B * B differences instead of B."""
QUESTION = "q13_td_loss_bugs"


def td_loss(q_values, actions, rewards, next_q_values, terminated, gamma):
    q_taken = q_values.gather(1, actions.unsqueeze(1))
    with torch.no_grad():
        best_next = next_q_values.max(dim=1).values
        target = rewards + gamma * (1 - terminated.float()) * best_next
    return ((q_taken - target) ** 2).mean(), target
