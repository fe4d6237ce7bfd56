"""overfit_batch still never calls optimizer.zero_grad(): backward() adds into .grad, so each
step uses the sum of all the gradients so far, and the loss climbs back up instead of going
to 0."""
QUESTION = "q8_bug_overfit_batch"


def overfit_batch(model, x, y, loss_fn, optimizer, steps):
    model.train()
    losses = []
    for _ in range(steps):
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
