"""evaluate predicts a class by thresholding a logit (out[:, 1] > 0, "class 1 if its logit is
positive") instead of taking the argmax over the classes."""
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
                correct += ((out[:, 1] > 0).long() == y).sum().item()
    return total / count, (correct / count if classification else None)
