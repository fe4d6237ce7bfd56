"""set_seed seeds random and NumPy but not torch: weight initialisation and action sampling
differ between runs."""
QUESTION = "q11_set_seed"


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
