"""pairwise_sq_dists as ((a - b) ** 2).sum(1): distances between matching rows only,
shape (N,) (and an error when N != M)."""
QUESTION = "q5_pairwise_sq_dists"


def pairwise_sq_dists(a, b):
    return ((a - b) ** 2).sum(dim=1)
