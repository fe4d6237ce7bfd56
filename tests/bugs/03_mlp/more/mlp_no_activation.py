"""MLP stacks the Linear layers without any activation between them: the network is one
affine map in disguise, and its decision boundary is a straight line."""
QUESTION = "q1_mlp"


class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dims, out_dim, activation="relu"):
        super().__init__()
        sizes = [in_dim, *hidden_dims, out_dim]
        self.net = nn.Sequential(*[nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def forward(self, x):
        return self.net(x)
