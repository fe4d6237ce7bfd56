"""Correct alternative: fit_moons trained full-batch with Adam on a tanh MLP and its own loop
(no DataLoader); fit_regression with standardised inputs and targets inside a wrapper
module, trained with SGD + momentum on batches from torch.randperm; a PolicyNet written as
an nn.Sequential that returns log-softmax (valid logits); action_distribution through
Categorical(probs=softmax(logits))."""
QUESTION = "q4_fit_moons"


def fit_moons(seed=0):
    torch.manual_seed(seed)
    X, y = make_moons(800, 0.25, np.random.default_rng(seed))
    X = torch.from_numpy(X).float()
    y = torch.from_numpy(y)
    model = MLP(2, [32, 32], 2, activation="tanh")
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-2)
    for _ in range(250):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(X), y)
        loss.backward()
        optimizer.step()
    model.eval()
    return model


class Standardised(nn.Module):
    def __init__(self, net, x_mean, x_std, y_mean, y_std):
        super().__init__()
        self.net = net
        self.register_buffer("stats", torch.tensor([x_mean, x_std, y_mean, y_std], dtype=torch.float32))

    def forward(self, x):
        x_mean, x_std, y_mean, y_std = self.stats
        return self.net((x - x_mean) / x_std) * y_std + y_mean


def fit_regression(x, y, seed=0):
    torch.manual_seed(seed)
    x = np.asarray(x, dtype=np.float64).reshape(-1, 1)
    y = np.asarray(y, dtype=np.float64).reshape(-1, 1)
    stats = (x.mean(), x.std() + 1e-8, y.mean(), y.std() + 1e-8)
    xs = torch.tensor((x - stats[0]) / stats[1], dtype=torch.float32)
    ys = torch.tensor((y - stats[2]) / stats[3], dtype=torch.float32)
    net = MLP(1, [16], 1, activation="tanh")
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    for _ in range(60):
        order = torch.randperm(len(xs))
        for i in range(0, len(xs), 64):
            idx = order[i:i + 64]
            optimizer.zero_grad()
            nn.functional.mse_loss(net(xs[idx]), ys[idx]).backward()
            optimizer.step()
    return Standardised(net, *stats).eval()


class PolicyNet(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=64):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(obs_dim, hidden), nn.Tanh(), nn.Linear(hidden, hidden),
                                    nn.Tanh(), nn.Linear(hidden, n_actions))

    def forward(self, obs):
        return torch.log_softmax(self.layers(obs), dim=-1)


def action_distribution(logits):
    return torch.distributions.Categorical(probs=torch.softmax(logits, dim=-1))
