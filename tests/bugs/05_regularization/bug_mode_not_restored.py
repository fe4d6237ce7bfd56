"""evaluate switches the model to evaluation mode and leaves it there: a training loop that calls it goes on training with dropout off (and BatchNorm frozen on its running statistics).

Remember model.training before the forward pass and restore it with model.train(mode).
"""
QUESTION = "q12_find_the_bug"


def evaluate(model, X, y):
    model.eval()
    with torch.no_grad():
        scores = model(X)
        loss = F.cross_entropy(scores, y).item()
        accuracy = (scores.argmax(dim=1) == y).float().mean().item()
    return loss, accuracy
