"""PolicyNet applies a softmax in forward and returns probabilities instead of logits."""
QUESTION = "q6_policy_net"


class PolicyNet(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=64):
        super().__init__()
        self.body = MLP(obs_dim, [hidden, hidden], n_actions, activation="tanh")

    def forward(self, obs):
        return torch.softmax(self.body(obs), dim=-1)
