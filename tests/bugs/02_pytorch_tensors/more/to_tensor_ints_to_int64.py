"""to_tensor turns every integer or bool array into int64 (`.long()`): uint8 Atari frames
become 8 times larger and bool masks become integers."""
QUESTION = "q2_to_tensor"


def to_tensor(array, device=None):
    t = torch.as_tensor(array)
    t = t.float() if t.is_floating_point() else t.long()
    return t if device is None else t.to(device)
