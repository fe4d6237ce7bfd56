"""overfit_batch builds its own Adam optimiser instead of stepping the one it is given: the
caller's optimiser, its learning rate and its state are ignored (a rewrite, not a fix)."""
QUESTION = "q8_bug_overfit_batch"


def overfit_batch(model, x, y, loss_fn, optimizer, steps):
    own = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    losses = []
    for _ in range(steps):
        own.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        own.step()
        losses.append(loss.item())
    return losses
