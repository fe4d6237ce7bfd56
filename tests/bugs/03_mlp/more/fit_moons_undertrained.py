"""fit_moons trains with plain SGD at lr=0.01 for 3 epochs: far too few small steps, the
network is barely better than its random initialisation."""
QUESTION = "q4_fit_moons"


def fit_moons(seed=0):
    X, y = make_moons(1000, 0.25, np.random.default_rng(seed))
    torch.manual_seed(seed)
    data = TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.long))
    loader = DataLoader(data, batch_size=100, shuffle=True)
    model = MLP(2, [64, 64], 2)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(3):
        train_epoch(model, loader, nn.CrossEntropyLoss(), optimizer, "cpu")
    return model.eval()
