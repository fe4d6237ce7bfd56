"""QNetwork with a ReLU after the output layer too: Q-values can never be negative (and
a dead output unit never learns), although returns can be any real number."""
QUESTION = "q2_q_network"


class QNetwork(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=(120, 84)):
        super().__init__()
        layers, width = [], obs_dim
        for size in (*hidden, n_actions):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.net = nn.Sequential(*layers)

    def forward(self, obs):
        return self.net(obs)
