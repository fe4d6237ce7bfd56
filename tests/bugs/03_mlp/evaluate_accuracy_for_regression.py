"""evaluate always computes an accuracy, also for regression targets, where argmax over a
single output is meaningless (it should return None there)."""
QUESTION = "q3_evaluate"


def evaluate(model, loader, loss_fn, device):
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            out = model(x)
            total += loss_fn(out, y).item() * x.shape[0]
            count += x.shape[0]
            correct += (out.argmax(dim=1) == y.reshape(-1)).sum().item()
    return total / count, correct / count
