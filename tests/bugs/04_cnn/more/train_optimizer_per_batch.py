"""train_cnn that creates a new Adam optimizer for every batch: Adam's moment estimates restart
from zero at each step, so every update is a bias-corrected first step of size about lr."""
QUESTION = "q7_train_cnn"


def train_cnn(model, train_loader, epochs, device, lr=1e-3):
    model.to(device)
    model.train()
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for _ in range(epochs):
        for x, y in train_loader:
            optimizer = torch.optim.Adam(model.parameters(), lr=lr)
            x, y = x.to(device), y.to(device)
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return losses
