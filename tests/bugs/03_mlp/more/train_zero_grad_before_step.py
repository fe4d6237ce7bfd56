"""train_epoch calls zero_grad between backward and step: every step sees zero gradients
and the parameters never move."""
QUESTION = "q2_train_epoch"


def train_epoch(model, loader, loss_fn, optimizer, device):
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.zero_grad()
        optimizer.step()
        total += loss.item() * x.shape[0]
        count += x.shape[0]
    return total / count
