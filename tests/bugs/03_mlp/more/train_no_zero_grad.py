"""train_epoch never calls optimizer.zero_grad(): backward() adds into .grad, so the step of
batch k uses the sum of the gradients of batches 1..k."""
QUESTION = "q2_train_epoch"


def train_epoch(model, loader, loss_fn, optimizer, device):
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item() * x.shape[0]
        count += x.shape[0]
    return total / count
