"""train_epoch applies a softmax to the outputs before the loss: CrossEntropyLoss then
softmaxes probabilities a second time."""
QUESTION = "q2_train_epoch"


def train_epoch(model, loader, loss_fn, optimizer, device):
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        out = model(x)
        if not y.is_floating_point():  # "probabilities for the classification loss"
            out = torch.softmax(out, dim=1)
        loss = loss_fn(out, y)
        loss.backward()
        optimizer.step()
        total += loss.item() * x.shape[0]
        count += x.shape[0]
    return total / count
