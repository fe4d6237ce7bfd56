"""train_cnn that applies a softmax to the logits before nn.CrossEntropyLoss (which applies its
own log-softmax): the loss cannot go below log(1 + (K-1)/e) and the gradients are squashed."""
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
            optimizer.zero_grad()
            loss = loss_fn(F.softmax(model(x), dim=1), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return losses
