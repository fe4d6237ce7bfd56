"""evaluate takes out.max(dim=1)[0], the largest logit, as the predicted class instead of
its index, out.max(dim=1)[1] (the argmax)."""
QUESTION = "q3_evaluate"


def evaluate(model, loader, loss_fn, device):
    model.eval()
    total, correct, count = 0.0, 0, 0
    classification = True
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            out = model(x)
            total += loss_fn(out, y).item() * x.shape[0]
            count += x.shape[0]
            if y.is_floating_point():
                classification = False
            else:
                correct += (out.max(dim=1)[0] == y).sum().item()
    return total / count, (correct / count if classification else None)
