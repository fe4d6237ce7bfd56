"""Correct alternatives written tersely: dropout from rng.uniform with the mask as a boolean
times a scale, batch norm computed through a standardised x and a cache tuple with x,
backward in the compact form with means, layer norm with keepdims, make_optimizer sorting by
name, EarlyStopping storing cloned tensors, fit with index slicing and manual accuracy."""
QUESTION = "q3_batchnorm_backward"


def dropout_forward(x, p, train, rng):
    mask = (rng.uniform(size=x.shape) > p) * (1 / (1 - p)) if train else np.ones(x.shape)
    return mask * x, mask


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    n = len(x)
    mean, var = (x.mean(0), x.var(0)) if train else (running_mean, running_var)
    x_hat = (x - mean) / np.sqrt(var + eps)
    if train:
        running_mean = running_mean + momentum * (mean - running_mean)
        running_var = running_var + momentum * (var * n / (n - 1) - running_var)
    return x_hat * gamma + beta, running_mean, running_var, (x, x_hat, gamma, var, eps)


def batchnorm_backward(dout, cache):
    x, x_hat, gamma, var, eps = cache
    g = dout * gamma
    dx = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) / np.sqrt(var + eps)
    return dx, (dout * x_hat).sum(0), dout.sum(0)


def layernorm_forward(x, gamma, beta, eps=1e-5):
    c = x - x.mean(-1, keepdims=True)
    return gamma * c / np.sqrt((c * c).mean(-1, keepdims=True) + eps) + beta


def make_optimizer(model, lr, weight_decay):
    params = dict(model.named_parameters())
    decay = sorted(n for n, p in params.items() if p.dim() > 1)
    rest = sorted(n for n in params if n not in decay)
    return torch.optim.AdamW([{"params": [params[n] for n in decay], "weight_decay": weight_decay},
                              {"params": [params[n] for n in rest], "weight_decay": 0}], lr)


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best_loss, self.best_epoch, self.bad, self.calls = np.inf, None, 0, 0

    def step(self, val_loss, model):
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss, self.best_epoch, self.bad = val_loss, self.calls, 0
            self.saved = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            self.bad += 1
        self.calls += 1
        return self.bad >= self.patience

    def restore(self, model):
        model.load_state_dict(self.saved)


def fit(model, X_train, y_train, X_val, y_val, epochs=100, lr=1e-3, weight_decay=0.0, batch_size=32,
        patience=None, seed=0):
    torch.manual_seed(seed)
    opt = make_optimizer(model, lr, weight_decay)
    es = EarlyStopping(patience) if patience else None
    hist = {"train_loss": [], "val_loss": [], "train_acc": [], "val_acc": []}
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(X_train))
        for i in range(0, len(perm), batch_size):
            b = perm[i:i + batch_size]
            opt.zero_grad()
            loss = F.cross_entropy(model(X_train[b]), y_train[b])
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            for name, X, y in [("train", X_train, y_train), ("val", X_val, y_val)]:
                out = model(X)
                hist[name + "_loss"].append(F.cross_entropy(out, y).item())
                hist[name + "_acc"].append((out.argmax(1) == y).double().mean().item())
        if es is not None and es.step(hist["val_loss"][-1], model):
            break
    if es is not None:
        es.restore(model)
    return hist
