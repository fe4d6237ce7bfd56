"""set_seed ignores its argument and always seeds 0: every "different" seed is the same run."""
QUESTION = "q11_set_seed"


def set_seed(seed):
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
