"""pairwise_sq_dists returns the distances (torch.cdist), not their squares."""
QUESTION = "q5_pairwise_sq_dists"


def pairwise_sq_dists(a, b):
    return torch.cdist(a, b)
