"""MLP puts the activation after every Linear layer, the last one included: a ReLU network
can then never output a negative logit or value."""
QUESTION = "q1_mlp"


class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dims, out_dim, activation="relu"):
        super().__init__()
        act = {"relu": nn.ReLU, "tanh": nn.Tanh}[activation]
        sizes = [in_dim, *hidden_dims, out_dim]
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), act()]
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)
