"""train_cnn that hard-codes Adam's learning rate to 1e-3 and ignores the `lr` argument."""
QUESTION = "q7_train_cnn"


def train_cnn(model, train_loader, epochs, device, lr=1e-3):
    model.to(device)
    model.train()
    optimizer = torch.optim.Adam(model.parameters())
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for _ in range(epochs):
        for x, y in train_loader:
            x, y = x.to(device), y.to(device)
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return losses
