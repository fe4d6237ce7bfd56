"""set_seed forgets Python's random module: an epsilon-greedy random.random() is not
reproducible."""
QUESTION = "q11_set_seed"


def set_seed(seed):
    np.random.seed(seed)
    torch.manual_seed(seed)
