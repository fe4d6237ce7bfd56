"""fit calls model.train() once, before the loop, instead of at the start of every epoch: the evaluation after the first epoch leaves the model in evaluation mode, so from the second epoch on it trains with dropout off.

BatchNorm layers, likewise, train on their running statistics from the second epoch on.
The metrics are still measured in evaluation mode, so the history looks plausible; only a
model whose training-mode behaviour differs (dropout, BatchNorm) shows the mistake.
"""
QUESTION = "q8_experiment"


def fit(model, X_train, y_train, X_val, y_val, epochs=100, lr=1e-3, weight_decay=0.0, batch_size=32,
        patience=None, seed=0):
    torch.manual_seed(seed)
    optimizer = make_optimizer(model, lr, weight_decay)
    stopper = EarlyStopping(patience) if patience is not None else None
    history = {"train_loss": [], "val_loss": [], "train_acc": [], "val_acc": []}
    n = X_train.shape[0]
    model.train()
    for _ in range(epochs):
        order = torch.randperm(n)
        for start in range(0, n, batch_size):
            index = order[start:start + batch_size]
            loss = F.cross_entropy(model(X_train[index]), y_train[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            for split, X, y in (("train", X_train, y_train), ("val", X_val, y_val)):
                scores = model(X)
                history[f"{split}_loss"].append(F.cross_entropy(scores, y).item())
                history[f"{split}_acc"].append((scores.argmax(dim=1) == y).float().mean().item())
        if stopper is not None and stopper.step(history["val_loss"][-1], model):
            break
    if stopper is not None:
        stopper.restore(model)
    return history
