"""ResidualBlock applies nn.ReLU(inplace=True) to x at the start of the branch: the shortcut then
adds relu(x) instead of x, and the caller's tensor is overwritten."""
QUESTION = "q7_residual"


class ResidualBlock(nn.Module):
    def __init__(self, in_dim, out_dim=None):
        super().__init__()
        out_dim = in_dim if out_dim is None else out_dim
        self.fc1 = nn.Linear(in_dim, out_dim)
        self.fc2 = nn.Linear(out_dim, out_dim)
        self.proj = nn.Linear(in_dim, out_dim, bias=False) if in_dim != out_dim else None
        self.act = nn.ReLU(inplace=True)

    def forward(self, x):
        h = self.fc2(torch.relu(self.fc1(self.act(x))))
        shortcut = x if self.proj is None else self.proj(x)
        return shortcut + h
