"""fit_regression trains (N, 1) predictions against (N,) targets: MSELoss broadcasts them to
(N, N) (only a warning), and the network learns to predict the mean of y (R^2 about 0)."""
QUESTION = "q5_fit_regression"


def fit_regression(x, y, seed=0):
    torch.manual_seed(seed)
    inputs = torch.tensor(x, dtype=torch.float32).reshape(-1, 1)
    targets = torch.tensor(y, dtype=torch.float32)  # (N,): not the shape of the predictions
    loader = DataLoader(TensorDataset(inputs, targets), batch_size=32, shuffle=True)
    model = MLP(1, [32, 32], 1)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(max(1, 400 // len(loader))):
        train_epoch(model, loader, nn.MSELoss(), optimizer, "cpu")
    return model.eval()
