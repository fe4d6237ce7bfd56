"""Correct alternative with other tools: torch.from_numpy + Tensor.to(device, dtype) in one
call, Tensor.numpy(force=True), "cuda:0", torch.movedim, torch.flatten(x, 1), unsqueeze via reshape, einsum for the distances,
a one-hot mask for the Q-value of the action taken (it keeps the graph), the forward pass
through torch.dot and grads cloned out of .grad, a no_grad-decorated update with sub_ and
zero_, and a training loop that passes a generator of parameters to sgd_update_."""
QUESTION = "q5_pairwise_sq_dists"


def get_device():
    if torch.cuda.is_available():
        return torch.device("cuda", 0)
    mps = getattr(torch.backends, "mps", None)
    return torch.device("mps" if mps is not None and mps.is_available() else "cpu")


def to_tensor(array, device=None):
    t = torch.from_numpy(np.array(array, order="C"))  # a copy; 0-d arrays stay 0-d
    dtype = torch.float32 if t.is_floating_point() else t.dtype
    return t.to(device=device if device is not None else "cpu", dtype=dtype)


def to_numpy(t):
    return t.numpy(force=True)  # detaches and copies to the CPU when needed (PyTorch >= 1.13)


def add_batch_dim(x):
    return x.reshape((1,) + tuple(x.shape))


def nhwc_to_nchw(x):
    return torch.movedim(x, -1, 1)


def flatten_features(x):
    return torch.flatten(x, 1)


def pairwise_sq_dists(a, b):
    diff = a.unsqueeze(1) - b.unsqueeze(0)
    return torch.einsum("nmd,nmd->nm", diff, diff)


def gather_actions(q_values, actions):
    mask = torch.nn.functional.one_hot(actions, q_values.shape[1]).to(q_values.dtype)
    return (q_values * mask).sum(dim=1)


def linear_and_grads(x, w, b):
    leaves = [t.detach().requires_grad_(True) for t in (x, w, b)]
    x, w, b = leaves
    y = torch.dot(w, x) + b
    y.backward()
    return (y.detach(),) + tuple(t.grad.clone() for t in leaves)


@torch.no_grad()
def sgd_update_(params, lr):
    for p in params:
        if p.grad is not None:
            p.sub_(p.grad, alpha=lr)
            p.grad.zero_()


def train_linear_regression(x, y, steps=200, lr=0.1):
    model = torch.nn.Linear(1, 1)
    with torch.no_grad():
        model.weight.zero_()
        model.bias.zero_()
    for _ in range(steps):
        pred = model(x[:, None])[:, 0]
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        sgd_update_(model.parameters(), lr)
    return model.weight.item(), model.bias.item()


def move_to(batch, device):
    if isinstance(batch, torch.Tensor):
        return batch.to(device=device)
    if isinstance(batch, dict):
        out = {}
        for key in batch:
            out[key] = move_to(batch[key], device)
        return out
    if isinstance(batch, tuple):
        return tuple(map(lambda v: move_to(v, device), batch))
    if isinstance(batch, list):
        return list(map(lambda v: move_to(v, device), batch))
    return batch


def set_seed(seed):
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)
