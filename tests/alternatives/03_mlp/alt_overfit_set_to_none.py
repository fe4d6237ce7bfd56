"""Correct alternative: overfit_batch clears the gradients after each step with
zero_grad(set_to_none=True) (and once before the loop with model.zero_grad()), and collects
detached loss tensors that it turns into floats at the end."""
QUESTION = "q8_bug_overfit_batch"


def overfit_batch(model, x, y, loss_fn, optimizer, steps):
    model.train()
    model.zero_grad()
    losses = []
    for _ in range(steps):
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(loss.detach())
    return [float(v) for v in losses]
