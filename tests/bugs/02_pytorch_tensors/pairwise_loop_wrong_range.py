"""pairwise_sq_dists with a double loop that runs both indices over range(len(a)): right
(and slow) when N == M, an IndexError or a wrong shape otherwise."""
QUESTION = "q5_pairwise_sq_dists"


def pairwise_sq_dists(a, b):
    n = len(a)
    out = torch.zeros(n, n)
    for i in range(n):
        for j in range(n):
            out[i, j] = ((a[i] - b[j]) ** 2).sum()
    return out
