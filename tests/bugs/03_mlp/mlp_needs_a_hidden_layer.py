"""MLP assumes at least one hidden layer (hidden_dims[0]): MLP(in_dim, [], out_dim), the
linear model, raises an IndexError."""
QUESTION = "q1_mlp"


class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dims, out_dim, activation="relu"):
        super().__init__()
        act = {"relu": nn.ReLU, "tanh": nn.Tanh}[activation]
        layers = [nn.Linear(in_dim, hidden_dims[0]), act()]
        for a, b in zip(hidden_dims[:-1], hidden_dims[1:]):
            layers += [nn.Linear(a, b), act()]
        layers.append(nn.Linear(hidden_dims[-1], out_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)
