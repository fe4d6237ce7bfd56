"""train_dqn that copies the online network into the target network once, at the start, and
never again: the targets keep coming from the random initial network, so the agent learns
the values of a random network's estimates instead of its own."""
QUESTION = "q15_train_dqn"


def train_dqn(env_id="CartPole-v1", total_steps=50_000, seed=0, hidden=(120, 84), lr=1e-3, gamma=0.99,
              buffer_size=50_000, batch_size=64, learning_starts=1_000, train_freq=4, target_freq=250,
              eps_start=1.0, eps_end=0.05, exploration_fraction=0.2, log_every=0, callback=None):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    env = gym.make(env_id)
    obs, _ = env.reset(seed=seed)
    obs_dim, n_actions = env.observation_space.shape[0], int(env.action_space.n)
    q_net = QNetwork(obs_dim, n_actions, hidden)
    target_net = QNetwork(obs_dim, n_actions, hidden)
    hard_update(target_net, q_net)
    optimizer = torch.optim.Adam(q_net.parameters(), lr=lr)
    buffer = ReplayBuffer(buffer_size, env.observation_space.shape, np.float32)
    episode_returns, episode_return = [], 0.0
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
            episode_returns.append(episode_return)
            episode_return = 0.0
            obs, _ = env.reset()
        if t >= learning_starts:
            if t % train_freq == 0:
                dqn_update(q_net, target_net, optimizer, buffer.sample(batch_size, rng), gamma)
        if log_every and (t + 1) % log_every == 0:
            if callback is not None:
                callback(t + 1, q_net)
            elif episode_returns:
                print(f"step {t + 1}: epsilon {epsilon:.3f}, mean return of the last 10 episodes "
                      f"{np.mean(episode_returns[-10:]):.1f}")
    env.close()
    return q_net, episode_returns
