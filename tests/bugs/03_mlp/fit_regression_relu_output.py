"""fit_regression puts a ReLU after the regressor's output ("activations after every layer"):
it can never predict a negative value, and y = 2x - 3 is mostly negative."""
QUESTION = "q5_fit_regression"


def fit_regression(x, y, seed=0):
    torch.manual_seed(seed)
    inputs = torch.tensor(x, dtype=torch.float32).reshape(-1, 1)
    targets = torch.tensor(y, dtype=torch.float32).reshape(-1, 1)
    loader = DataLoader(TensorDataset(inputs, targets), batch_size=32, shuffle=True)
    model = nn.Sequential(MLP(1, [32, 32], 1), nn.ReLU())
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(max(1, 400 // len(loader))):
        train_epoch(model, loader, nn.MSELoss(), optimizer, "cpu")
    return model.eval()
