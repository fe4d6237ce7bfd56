"""set_seed seeds random and torch but not NumPy's global generator."""
QUESTION = "q11_set_seed"


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)
