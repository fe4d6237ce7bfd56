"""train_cnn without optimizer.zero_grad(): every step uses the sum of all the gradients since
the start, so the updates lag behind the current batch."""
QUESTION = "q7_train_cnn"


def train_cnn(model, train_loader, epochs, device, lr=1e-3):
    model.to(device)
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for _ in range(epochs):
        for x, y in train_loader:
            x, y = x.to(device), y.to(device)
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return losses
