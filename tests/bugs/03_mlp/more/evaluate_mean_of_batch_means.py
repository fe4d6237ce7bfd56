"""evaluate averages the batch losses and batch accuracies instead of counting over samples:
the small last batch weighs as much as a full one."""
QUESTION = "q3_evaluate"


def evaluate(model, loader, loss_fn, device):
    model.eval()
    losses, accuracies = [], []
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            out = model(x)
            losses.append(loss_fn(out, y).item())
            if not y.is_floating_point():
                accuracies.append((out.argmax(dim=1) == y).float().mean().item())
    accuracy = sum(accuracies) / len(accuracies) if accuracies else None
    return sum(losses) / len(losses), accuracy
