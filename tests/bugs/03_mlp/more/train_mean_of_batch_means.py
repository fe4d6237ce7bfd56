"""train_epoch returns the plain mean of the batch losses: the small last batch counts as
much as a full one."""
QUESTION = "q2_train_epoch"


def train_epoch(model, loader, loss_fn, optimizer, device):
    model.train()
    losses = []
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
