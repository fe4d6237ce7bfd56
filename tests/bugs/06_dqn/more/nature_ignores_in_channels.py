"""NatureDQN that hard-codes 4 input channels and ignores in_channels."""
QUESTION = "q3_nature_dqn"


class NatureDQN(nn.Module):
    def __init__(self, n_actions, in_channels=4):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(4, 32, kernel_size=8, stride=4), nn.ReLU(),
            nn.Conv2d(32, 64, kernel_size=4, stride=2), nn.ReLU(),
            nn.Conv2d(64, 64, kernel_size=3, stride=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(3136, 512), nn.ReLU(), nn.Linear(512, n_actions))

    def forward(self, obs):
        return self.net(obs.float() / 255.0)
