"""ResidualBlock adds x.detach() as the shortcut: the forward pass is right, but no gradient
flows through the identity path, which is the point of the block."""
QUESTION = "q7_residual"


class ResidualBlock(nn.Module):
    def __init__(self, in_dim, out_dim=None):
        super().__init__()
        out_dim = in_dim if out_dim is None else out_dim
        self.fc1 = nn.Linear(in_dim, out_dim)
        self.fc2 = nn.Linear(out_dim, out_dim)
        self.proj = nn.Linear(in_dim, out_dim, bias=False) if in_dim != out_dim else None

    def forward(self, x):
        shortcut = x.detach() if self.proj is None else self.proj(x.detach())
        return shortcut + self.fc2(torch.relu(self.fc1(torch.relu(x))))
