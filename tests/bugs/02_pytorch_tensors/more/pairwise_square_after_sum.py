"""pairwise_sq_dists squares the summed differences, (sum_k (a_ik - b_jk))^2, instead of
summing the squares."""
QUESTION = "q5_pairwise_sq_dists"


def pairwise_sq_dists(a, b):
    return (a[:, None, :] - b[None, :, :]).sum(dim=-1) ** 2
