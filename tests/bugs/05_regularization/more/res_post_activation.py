"""ResidualBlock in the original post-activation form relu(x + fc2(relu(fc1(x)))) instead of the
pre-activation block asked for: the output can never be negative."""
QUESTION = "q7_residual"


class ResidualBlock(nn.Module):
    def __init__(self, in_dim, out_dim=None):
        super().__init__()
        out_dim = in_dim if out_dim is None else out_dim
        self.fc1 = nn.Linear(in_dim, out_dim)
        self.fc2 = nn.Linear(out_dim, out_dim)
        self.proj = nn.Linear(in_dim, out_dim, bias=False) if in_dim != out_dim else None

    def forward(self, x):
        shortcut = x if self.proj is None else self.proj(x)
        return torch.relu(shortcut + self.fc2(torch.relu(self.fc1(x))))
