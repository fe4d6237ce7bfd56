"""move_to handles dicts and lists but not tuples, and calls .to(device) on everything else:
AttributeError on a tuple (and on an int or a string)."""
QUESTION = "q10_move_to"


def move_to(batch, device):
    if isinstance(batch, dict):
        return {k: move_to(v, device) for k, v in batch.items()}
    if isinstance(batch, list):
        return [move_to(v, device) for v in batch]
    if isinstance(batch, (int, float, str)) or batch is None:
        return batch
    return batch.to(device)
