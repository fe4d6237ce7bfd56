"""PolicyNet hard-codes 64 hidden units and ignores its `hidden` argument."""
QUESTION = "q6_policy_net"


class PolicyNet(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=64):
        super().__init__()
        self.body = MLP(obs_dim, [64, 64], n_actions, activation="tanh")

    def forward(self, obs):
        return self.body(obs)
