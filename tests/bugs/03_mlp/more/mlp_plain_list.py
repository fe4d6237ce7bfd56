"""MLP keeps its layers in a plain Python list: the forward pass works, but
model.parameters() is empty, so no optimiser ever updates the layers."""
QUESTION = "q1_mlp"


class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dims, out_dim, activation="relu"):
        super().__init__()
        act = {"relu": nn.ReLU, "tanh": nn.Tanh}[activation]
        sizes = [in_dim, *hidden_dims]
        self.layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            self.layers += [nn.Linear(a, b), act()]
        self.layers.append(nn.Linear(sizes[-1], out_dim))

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x
