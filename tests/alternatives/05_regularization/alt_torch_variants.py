"""Correct alternatives for the PyTorch questions: parameter groups chosen by module type,
EarlyStopping that deep-copies the whole model and counts with its own bookkeeping, a
ResidualBlock with nn.Identity, F.relu and a projection with a bias, make_mlp from a list of
layers, and fit with a TensorDataset and a DataLoader."""
QUESTION = "q5_optimizer"


def make_optimizer(model, lr, weight_decay):
    decay, no_decay = [], []
    for module in model.modules():
        for name, p in module.named_parameters(recurse=False):
            if isinstance(module, (nn.Linear, nn.Conv1d, nn.Conv2d)) and name == "weight":
                decay.append(p)
            else:
                no_decay.append(p)
    return torch.optim.AdamW([{"params": no_decay, "weight_decay": 0.0},
                              {"params": decay, "weight_decay": weight_decay}], lr=lr, betas=(0.9, 0.999))


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.history = []
        self.best_loss = float("inf")
        self.best_epoch = None
        self._best_model = None

    def step(self, val_loss, model):
        self.history.append(float(val_loss))
        if self.history[-1] < self.best_loss - self.min_delta:
            self.best_loss = self.history[-1]
            self.best_epoch = len(self.history) - 1
            self._best_model = copy.deepcopy(model)
        return bool(len(self.history) - 1 - self.best_epoch >= self.patience)

    def restore(self, model):
        model.load_state_dict(self._best_model.state_dict())


class ResidualBlock(nn.Module):
    def __init__(self, in_dim, out_dim=None):
        super().__init__()
        if out_dim is None:
            out_dim = in_dim
        self.fc1 = nn.Linear(in_dim, out_dim)
        self.fc2 = nn.Linear(out_dim, out_dim)
        self.proj = nn.Identity() if in_dim == out_dim else nn.Linear(in_dim, out_dim)

    def forward(self, x):
        h = F.relu(x)
        h = F.relu(self.fc1(h))
        return self.fc2(h) + self.proj(x)


def make_mlp(in_dim, hidden, out_dim, dropout=0.0):
    layers = []
    for width_in in (in_dim, hidden):
        layers += [nn.Linear(width_in, hidden), nn.ReLU(), nn.Dropout(p=dropout)]
    layers.append(nn.Linear(hidden, out_dim))
    return nn.Sequential(*layers)


def fit(model, X_train, y_train, X_val, y_val, epochs=100, lr=1e-3, weight_decay=0.0, batch_size=32,
        patience=None, seed=0):
    torch.manual_seed(seed)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X_train, y_train),
                                         batch_size=batch_size, shuffle=True)
    opt = make_optimizer(model, lr=lr, weight_decay=weight_decay)
    stopper = None if patience is None else EarlyStopping(patience)
    history = {key: [] for key in ("train_loss", "val_loss", "train_acc", "val_acc")}
    for epoch in range(epochs):
        model.train()
        for xb, yb in loader:
            opt.zero_grad(set_to_none=True)
            F.cross_entropy(model(xb), yb).backward()
            opt.step()
        model.eval()
        with torch.inference_mode():
            for split, (X, y) in {"train": (X_train, y_train), "val": (X_val, y_val)}.items():
                logits = model(X)
                history[split + "_loss"].append(float(F.cross_entropy(logits, y)))
                history[split + "_acc"].append(float((logits.argmax(1) == y).sum()) / len(y))
        if stopper and stopper.step(history["val_loss"][-1], model):
            break
    if stopper:
        stopper.restore(model)
    return history
