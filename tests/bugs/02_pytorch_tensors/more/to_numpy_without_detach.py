"""to_numpy with t.cpu().numpy(): raises "Can't call numpy() on Tensor that requires grad"
for any network output."""
QUESTION = "q3_to_numpy"


def to_numpy(t):
    return t.cpu().numpy()
