"""Correct alternative written the "other" way throughout: device chosen from strings,
to_tensor through NumPy's dtype and torch.tensor (a copy), to_numpy with .to("cpu") and a copy,
x[None], permute + contiguous, reshape(B, -1), squared distances from the expansion
|a|^2 + |b|^2 - 2 a.b (clamped at 0), advanced indexing instead of gather,
torch.autograd.grad, an old-style update through .data that sets the gradients to None,
move_to with collections.abc, and set_seed that also seeds every CUDA device explicitly."""
QUESTION = "q6_gather_actions"

import collections.abc


def get_device():
    name = "cpu"
    if torch.cuda.is_available():
        name = "cuda"
    elif hasattr(torch.backends, "mps") and torch.backends.mps.is_available():
        name = "mps"
    return torch.device(name)


def to_tensor(array, device=None):
    array = np.asarray(array)
    if np.issubdtype(array.dtype, np.floating):
        return torch.tensor(array.astype(np.float32), device=device)
    return torch.tensor(array, device=device)


def to_numpy(t):
    return t.detach().to("cpu").numpy().copy()


def add_batch_dim(x):
    return x[None]


def nhwc_to_nchw(x):
    return x.permute(0, 3, 1, 2).contiguous()


def flatten_features(x):
    return x.reshape(x.shape[0], -1)


def pairwise_sq_dists(a, b):
    a2 = (a * a).sum(dim=1, keepdim=True)  # (N, 1)
    b2 = (b * b).sum(dim=1)  # (M,)
    return (a2 + b2 - 2.0 * a @ b.T).clamp_min(0.0)


def gather_actions(q_values, actions):
    rows = torch.arange(q_values.shape[0], device=q_values.device)
    return q_values[rows, actions]


def linear_and_grads(x, w, b):
    x = x.detach().clone().requires_grad_()
    w = w.detach().clone().requires_grad_()
    b = b.detach().clone().requires_grad_()
    y = torch.dot(w, x) + b
    dx, dw, db = torch.autograd.grad(y, [x, w, b])
    return y.detach(), dx, dw, db


def sgd_update_(params, lr):
    for p in params:
        if p.grad is not None:
            p.data -= lr * p.grad
            p.grad = None


def train_linear_regression(x, y, steps=200, lr=0.1):
    params = [torch.tensor(0.0, requires_grad=True), torch.tensor(0.0, requires_grad=True)]
    for _ in range(steps):
        w, b = params
        loss = torch.nn.functional.mse_loss(w * x + b, y)
        loss.backward()
        sgd_update_(params, lr)
    return float(params[0]), float(params[1])


def move_to(batch, device):
    if torch.is_tensor(batch):
        return batch.to(device)
    if isinstance(batch, collections.abc.Mapping):
        return type(batch)((k, move_to(v, device)) for k, v in batch.items())
    if isinstance(batch, (list, tuple)):
        return type(batch)(move_to(v, device) for v in batch)
    return batch


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed % 2 ** 32)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)
