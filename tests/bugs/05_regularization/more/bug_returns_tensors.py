"""evaluate returns the loss and accuracy as 0-dimensional tensors instead of Python floats (no .item()): a history of them keeps tensors, and, without torch.no_grad, the whole graph of each evaluation."""
QUESTION = "q12_find_the_bug"


def evaluate(model, X, y):
    was_training = model.training
    model.eval()
    scores = model(X)
    loss = F.cross_entropy(scores, y)
    accuracy = (scores.argmax(dim=1) == y).float().mean()
    model.train(was_training)
    return loss, accuracy
