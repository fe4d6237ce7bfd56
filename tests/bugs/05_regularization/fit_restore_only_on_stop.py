"""fit restores the best weights only when early stopping fires: when training runs all its epochs without stopping, the model keeps the weights of the last epoch instead of the best ones.

With `patience` set, the best weights must be restored at the end in both cases (the
docstring of fit says so); the last epoch is rarely the best one.
"""
QUESTION = "q8_experiment"


def fit(model, X_train, y_train, X_val, y_val, epochs=100, lr=1e-3, weight_decay=0.0, batch_size=32,
        patience=None, seed=0):
    torch.manual_seed(seed)
    optimizer = make_optimizer(model, lr, weight_decay)
    stopper = EarlyStopping(patience) if patience is not None else None
    history = {"train_loss": [], "val_loss": [], "train_acc": [], "val_acc": []}
    n = X_train.shape[0]
    for _ in range(epochs):
        model.train()
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
            stopper.restore(model)
            break
    return history
