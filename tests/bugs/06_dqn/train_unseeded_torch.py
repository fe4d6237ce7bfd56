"""train_dqn that seeds NumPy and the environment but not torch: the network's
initialisation differs from run to run, so the same seed gives different agents."""
QUESTION = "q15_train_dqn"


def train_dqn(env_id="CartPole-v1", total_steps=50_000, seed=0, hidden=(120, 84), lr=1e-3, gamma=0.99,
              buffer_size=50_000, batch_size=64, learning_starts=1_000, train_freq=4, target_freq=250,
              eps_start=1.0, eps_end=0.05, exploration_fraction=0.2, log_every=0, callback=None):
    rng = np.random.default_rng(seed)
    env = gym.make(env_id)
    obs, _ = env.reset(seed=seed)
    q_net = QNetwork(env.observation_space.shape[0], int(env.action_space.n), hidden)
    target_net = QNetwork(env.observation_space.shape[0], int(env.action_space.n), hidden)
    hard_update(target_net, q_net)
    optimizer = torch.optim.Adam(q_net.parameters(), lr=lr)
    buffer = ReplayBuffer(buffer_size, env.observation_space.shape, np.float32)
    returns, episode_return = [], 0.0
    for t in range(total_steps):
        epsilon = linear_schedule(eps_start, eps_end, exploration_fraction * total_steps, t)
        with torch.no_grad():
            q_values = q_net(torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0))
        action = int(epsilon_greedy(q_values, epsilon, rng)[0])
        next_obs, reward, terminated, truncated, _ = env.step(action)
        buffer.add(obs, action, reward, next_obs, terminated, truncated)
        episode_return += float(reward)
        obs = next_obs
        if terminated or truncated:
            returns.append(episode_return)
            episode_return = 0.0
            obs, _ = env.reset()
        if t >= learning_starts:
            if t % train_freq == 0:
                dqn_update(q_net, target_net, optimizer, buffer.sample(batch_size, rng), gamma)
            if t % target_freq == 0:
                hard_update(target_net, q_net)
    return q_net, returns
