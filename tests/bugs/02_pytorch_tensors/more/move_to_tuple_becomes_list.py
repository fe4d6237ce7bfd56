"""move_to rebuilds tuples as lists: code that unpacks or hashes them still works, code that
checks the type (or uses a tuple as a dict key) does not."""
QUESTION = "q10_move_to"


def move_to(batch, device):
    if isinstance(batch, torch.Tensor):
        return batch.to(device)
    if isinstance(batch, dict):
        return {k: move_to(v, device) for k, v in batch.items()}
    if isinstance(batch, (list, tuple)):
        return [move_to(v, device) for v in batch]
    return batch
