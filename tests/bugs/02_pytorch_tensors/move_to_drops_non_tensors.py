"""move_to keeps only the tensors of a dict: the episode counter and the environment name
disappear."""
QUESTION = "q10_move_to"


def move_to(batch, device):
    if isinstance(batch, torch.Tensor):
        return batch.to(device)
    if isinstance(batch, dict):
        return {k: move_to(v, device) for k, v in batch.items()
                if isinstance(v, (torch.Tensor, dict, list, tuple))}
    if isinstance(batch, (list, tuple)):
        return type(batch)(move_to(v, device) for v in batch)
    return batch
