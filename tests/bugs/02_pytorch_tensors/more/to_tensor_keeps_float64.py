"""to_tensor with torch.from_numpy: keeps NumPy's float64, so the first nn.Linear raises
"mat1 and mat2 must have the same dtype"."""
QUESTION = "q2_to_tensor"


def to_tensor(array, device=None):
    t = torch.from_numpy(np.asarray(array))
    return t if device is None else t.to(device)
