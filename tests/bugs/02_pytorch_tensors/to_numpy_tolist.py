"""to_numpy returns np.array(t.tolist()): a float32 tensor comes back as float64, and the
round trip through Python floats is slow."""
QUESTION = "q3_to_numpy"


def to_numpy(t):
    return np.array(t.detach().cpu().tolist())
