"""overfit_batch fixes zero_grad but reports the loss recomputed after each step, with a second
forward pass: the losses are shifted by one step and the model is called twice per step."""
QUESTION = "q8_bug_overfit_batch"


def overfit_batch(model, x, y, loss_fn, optimizer, steps):
    model.train()
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            losses.append(loss_fn(model(x), y).item())
    return losses
