"""overfit_batch calls optimizer.zero_grad() between loss.backward() and optimizer.step(): every
step sees zero gradients, the weights never move, and the loss stays where it started."""
QUESTION = "q8_bug_overfit_batch"


def overfit_batch(model, x, y, loss_fn, optimizer, steps):
    model.train()
    losses = []
    for _ in range(steps):
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.zero_grad()
        optimizer.step()
        losses.append(loss.item())
    return losses
