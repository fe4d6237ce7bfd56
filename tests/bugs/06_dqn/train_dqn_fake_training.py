"""train_dqn that does not train: it returns a freshly initialised (seeded) network and a
made-up list of returns, so the agent is no better than its random initialisation."""
QUESTION = "q15_train_dqn"


def train_dqn(env_id="CartPole-v1", total_steps=50_000, seed=0, hidden=(120, 84), lr=1e-3, gamma=0.99,
              buffer_size=50_000, batch_size=64, learning_starts=1_000, train_freq=4, target_freq=250,
              eps_start=1.0, eps_end=0.05, exploration_fraction=0.2, log_every=0, callback=None):
    torch.manual_seed(seed)
    env = gym.make(env_id)
    q_net = QNetwork(env.observation_space.shape[0], int(env.action_space.n), hidden)
    return q_net, [10.0, 10.0, 10.0]
