"""evaluate never switches the model to evaluation mode: the loss and accuracy are measured with dropout active (random, and too pessimistic) and BatchNorm's batch statistics, which also updates its running statistics."""
QUESTION = "q12_find_the_bug"


def evaluate(model, X, y):
    with torch.no_grad():
        scores = model(X)
        loss = F.cross_entropy(scores, y).item()
        accuracy = (scores.argmax(dim=1) == y).float().mean().item()
    return loss, accuracy
