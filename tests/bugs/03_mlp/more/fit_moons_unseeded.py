"""fit_moons seeds the data but not torch: the initial weights and the batch order change
from call to call, so the same seed gives a different network each time."""
QUESTION = "q4_fit_moons"


def fit_moons(seed=0):
    X, y = make_moons(1000, 0.25, np.random.default_rng(seed))
    data = TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.long))
    loader = DataLoader(data, batch_size=100, shuffle=True)
    model = MLP(2, [64, 64], 2)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(30):
        train_epoch(model, loader, nn.CrossEntropyLoss(), optimizer, "cpu")
    return model.eval()
