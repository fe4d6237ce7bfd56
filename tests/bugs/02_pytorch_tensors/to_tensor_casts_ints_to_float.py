"""to_tensor casts everything to float32, integer actions included: gather then raises
"Expected dtype int32/int64 for index"."""
QUESTION = "q2_to_tensor"


def to_tensor(array, device=None):
    return torch.tensor(array, dtype=torch.float32, device=device)
