"""action_distribution passes softmax(logits) as logits: Categorical applies a second
softmax, and the distribution is much flatter than pi."""
QUESTION = "q7_action_distribution"


def action_distribution(logits):
    return torch.distributions.Categorical(logits=torch.softmax(logits, dim=-1))
