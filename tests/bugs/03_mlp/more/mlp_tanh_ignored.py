"""MLP accepts the activation argument but always uses ReLU."""
QUESTION = "q1_mlp"


class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dims, out_dim, activation="relu"):
        super().__init__()
        sizes = [in_dim, *hidden_dims]
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        layers.append(nn.Linear(sizes[-1], out_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)
