"""evaluate switches to eval mode but builds the autograd graph of every forward pass (no
torch.no_grad()): slower, more memory, and eval() alone does not turn autograd off."""
QUESTION = "q3_evaluate"


def evaluate(model, loader, loss_fn, device):
    model.eval()
    total, correct, count = 0.0, 0, 0
    classification = True
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
