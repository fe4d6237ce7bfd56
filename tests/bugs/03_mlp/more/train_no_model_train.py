"""train_epoch never calls model.train(): after the first evaluate() the model trains in
eval mode, with dropout switched off."""
QUESTION = "q2_train_epoch"


def train_epoch(model, loader, loss_fn, optimizer, device):
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item() * x.shape[0]
        count += x.shape[0]
    return total / count
