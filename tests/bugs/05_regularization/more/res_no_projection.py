"""ResidualBlock has no projection: the shortcut is always x, which cannot be added when the
width changes (ResidualBlock(4, 6) fails with a shape error)."""
QUESTION = "q7_residual"


class ResidualBlock(nn.Module):
    def __init__(self, in_dim, out_dim=None):
        super().__init__()
        out_dim = in_dim if out_dim is None else out_dim
        self.fc1 = nn.Linear(in_dim, out_dim)
        self.fc2 = nn.Linear(out_dim, out_dim)
        self.proj = None

    def forward(self, x):
        return x + self.fc2(torch.relu(self.fc1(torch.relu(x))))
