"""fit_moons trains an MLP without hidden layers, MLP(2, [], 2): a logistic regression, whose
straight decision boundary cannot follow the moons (about 0.86 accuracy)."""
QUESTION = "q4_fit_moons"


def fit_moons(seed=0):
    X, y = make_moons(1000, 0.25, np.random.default_rng(seed))
    torch.manual_seed(seed)
    data = TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.long))
    loader = DataLoader(data, batch_size=100, shuffle=True)
    model = MLP(2, [], 2)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(30):
        train_epoch(model, loader, nn.CrossEntropyLoss(), optimizer, "cpu")
    return model.eval()
