"""evaluate forgets model.eval(): dropout stays active, so the loss is measured on a randomly
thinned network and changes from one call to the next."""
QUESTION = "q3_evaluate"


def evaluate(model, loader, loss_fn, device):
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
                correct += (out.argmax(dim=1) == y).sum().item()
    return total / count, (correct / count if classification else None)
