"""evaluate keeps the argmax over dim=0, the batch, instead of dim=1, the classes: it compares, for each class, the index of the example with the highest score against the labels (a shape error, or a meaningless accuracy when N equals C)."""
QUESTION = "q12_find_the_bug"


def evaluate(model, X, y):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        scores = model(X)
        loss = F.cross_entropy(scores, y).item()
        accuracy = (scores.argmax(dim=0) == y).float().mean().item()
    model.train(was_training)
    return loss, accuracy
