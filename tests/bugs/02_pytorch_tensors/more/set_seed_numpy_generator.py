"""set_seed makes a new NumPy Generator (np.random.default_rng(seed)) and throws it away: the
global generator used by np.random.rand is not seeded."""
QUESTION = "q11_set_seed"


def set_seed(seed):
    random.seed(seed)
    np.random.default_rng(seed)
    torch.manual_seed(seed)
