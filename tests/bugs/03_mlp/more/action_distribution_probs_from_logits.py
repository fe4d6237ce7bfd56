"""action_distribution passes the logits as probabilities, Categorical(probs=logits):
negative logits are rejected, positive ones renormalised as if they were probabilities."""
QUESTION = "q7_action_distribution"


def action_distribution(logits):
    return torch.distributions.Categorical(probs=logits)
