"""move_to also converts NumPy arrays to tensors: logging metadata kept as arrays changes type."""
QUESTION = "q10_move_to"


def move_to(batch, device):
    if isinstance(batch, (torch.Tensor, np.ndarray)):
        return torch.as_tensor(batch).to(device)
    if isinstance(batch, dict):
        return {k: move_to(v, device) for k, v in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(move_to(v, device) for v in batch)
    return batch
