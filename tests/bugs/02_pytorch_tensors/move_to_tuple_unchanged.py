"""move_to recurses into dicts and lists but returns a tuple as it is, so the tensors inside a
tuple (a pair of observations, a nested (tensor, tensor) entry) stay on their old device."""
QUESTION = "q10_move_to"


def move_to(batch, device):
    if isinstance(batch, torch.Tensor):
        return batch.to(device)
    if isinstance(batch, dict):
        return {key: move_to(value, device) for key, value in batch.items()}
    if isinstance(batch, list):
        return [move_to(value, device) for value in batch]
    return batch
