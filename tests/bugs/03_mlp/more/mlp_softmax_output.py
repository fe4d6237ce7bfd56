"""MLP ends with a softmax: it returns probabilities, and CrossEntropyLoss then applies a
second softmax on top."""
QUESTION = "q1_mlp"


class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dims, out_dim, activation="relu"):
        super().__init__()
        act = {"relu": nn.ReLU, "tanh": nn.Tanh}[activation]
        sizes = [in_dim, *hidden_dims]
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), act()]
        layers += [nn.Linear(sizes[-1], out_dim), nn.Softmax(dim=-1)]
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)
