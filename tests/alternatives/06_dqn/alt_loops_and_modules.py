"""Correct alternative written with loops and explicit modules: np.digitize over the
interior bin edges (which clips by itself), a ModuleList Q-network, a NatureDQN with named
layers and view(), epsilon-greedy one row at a time, np.interp for the schedule,
torch.where targets with .detach(), F.huber_loss with advanced indexing, updates through
state dicts, a list-based ring buffer, a Double DQN target with advanced indexing, an
evaluation with a step loop of its own, a train_dqn written as a while loop, and a greedy
action from torch.from_numpy, reshape and torch.max(...).indices."""
QUESTION = "q1_state_aggregation"


class StateAggregation(gym.ObservationWrapper):
    def __init__(self, env, bins, low, high):
        super().__init__(env)
        k = env.observation_space.shape[0]
        counts = [int(bins)] * k if np.isscalar(bins) else [int(b) for b in bins]
        self.inner_edges = [np.linspace(l, h, n + 1)[1:-1] for l, h, n in zip(low, high, counts)]
        self.observation_space = gym.spaces.MultiDiscrete(counts)

    def observation(self, obs):
        return np.array([np.digitize(x, edges) for x, edges in zip(obs, self.inner_edges)], dtype=np.int64)


class QNetwork(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=(120, 84)):
        super().__init__()
        sizes = [obs_dim, *hidden, n_actions]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))

    def forward(self, obs):
        x = obs
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = F.relu(x)
        return x


class NatureDQN(nn.Module):
    def __init__(self, n_actions, in_channels=4):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, 32, 8, 4)
        self.conv2 = nn.Conv2d(32, 64, 4, 2)
        self.conv3 = nn.Conv2d(64, 64, 3, 1)
        self.fc = nn.Linear(7 * 7 * 64, 512)
        self.out = nn.Linear(512, n_actions)

    def forward(self, obs):
        x = obs / 255.0
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = F.relu(self.conv3(x))
        x = F.relu(self.fc(x.view(x.size(0), -1)))
        return self.out(x)


def epsilon_greedy(q_values, epsilon, rng):
    n_rows, n_actions = q_values.shape
    actions = torch.argmax(q_values, dim=1).tolist()
    for i in range(n_rows):
        if rng.random() < epsilon:
            actions[i] = int(rng.integers(n_actions))
    return np.array(actions, dtype=np.int64)


def linear_schedule(start, end, duration, t):
    return np.interp(t, [0, duration], [start, end])


def td_target(rewards, next_obs, terminated, target_net, gamma):
    best = target_net(next_obs).max(dim=1)[0].detach()
    return torch.where(terminated, rewards, rewards + gamma * best)


def double_dqn_target(rewards, next_obs, terminated, q_net, target_net, gamma):
    online = q_net(next_obs).detach()
    target = target_net(next_obs).detach()
    values = []
    for i in range(len(rewards)):
        chosen = int(online[i].argmax())
        values.append(rewards[i] if terminated[i] else rewards[i] + gamma * target[i, chosen])
    return torch.stack([torch.as_tensor(v, dtype=torch.float32) for v in values])


def sarsa_target(rewards, next_obs, next_actions, terminated, q_net, gamma):
    q = q_net(next_obs).detach()
    taken = q[torch.arange(q.shape[0]), next_actions]
    return torch.where(terminated, rewards, rewards + gamma * taken)


def dqn_loss(q_net, target_net, batch, gamma):
    q_all = q_net(batch["obs"])
    q = q_all[torch.arange(q_all.shape[0]), batch["actions"]]
    y = td_target(batch["rewards"], batch["next_obs"], batch["terminated"], target_net, gamma)
    return F.huber_loss(q, y, delta=1.0)


def hard_update(target, online):
    with torch.no_grad():
        for p_target, p_online in zip(target.parameters(), online.parameters()):
            p_target.copy_(p_online)
        for b_target, b_online in zip(target.buffers(), online.buffers()):
            b_target.copy_(b_online)


def soft_update(target, online, tau):
    online_state = online.state_dict()
    target.load_state_dict({k: tau * online_state[k] + (1 - tau) * v for k, v in target.state_dict().items()})


class ReplayBuffer:
    def __init__(self, capacity, obs_shape, obs_dtype=np.float32):
        self.capacity = capacity
        self.obs_dtype = np.dtype(obs_dtype)
        self.storage = []
        self.next_index = 0

    def add(self, obs, action, reward, next_obs, terminated, truncated):
        item = (np.array(obs, dtype=self.obs_dtype), int(action), float(reward),
                np.array(next_obs, dtype=self.obs_dtype), bool(terminated))
        if len(self.storage) < self.capacity:
            self.storage.append(item)
        else:
            self.storage[self.next_index] = item
        self.next_index = (self.next_index + 1) % self.capacity

    def __len__(self):
        return len(self.storage)

    def sample(self, batch_size, rng):
        rows = [self.storage[i] for i in rng.integers(len(self.storage), size=batch_size)]
        obs, actions, rewards, next_obs, terminated = zip(*rows)
        return {"obs": torch.tensor(np.stack(obs)), "actions": torch.tensor(actions, dtype=torch.int64),
                "rewards": torch.tensor(rewards, dtype=torch.float32), "next_obs": torch.tensor(np.stack(next_obs)),
                "terminated": torch.tensor(terminated, dtype=torch.bool)}


def dqn_update(q_net, target_net, optimizer, batch, gamma):
    optimizer.zero_grad(set_to_none=False)
    loss = dqn_loss(q_net, target_net, batch, gamma)
    loss.backward()
    optimizer.step()
    return float(loss.detach())


def evaluate_greedy(q_net, env_id="CartPole-v1", episodes=10, seed=1_000):
    total, env = 0.0, gym.make(env_id)
    for episode in range(episodes):
        obs, _ = env.reset(seed=seed + episode)
        terminated = truncated = False
        while not (terminated or truncated):
            q = q_net(torch.tensor(obs, dtype=torch.float32).reshape(1, -1)).detach()[0]
            obs, reward, terminated, truncated, _ = env.step(int(torch.argmax(q)))
            total += reward
    return float(total / episodes)


def train_dqn(env_id="CartPole-v1", total_steps=50_000, seed=0, hidden=(120, 84), lr=1e-3, gamma=0.99,
              buffer_size=50_000, batch_size=64, learning_starts=1_000, train_freq=4, target_freq=250,
              eps_start=1.0, eps_end=0.05, exploration_fraction=0.2, log_every=0, callback=None):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    env = gym.make(env_id)
    n_obs, n_actions = env.observation_space.shape[0], env.action_space.n
    q_net = QNetwork(n_obs, n_actions, hidden=hidden)
    target_net = QNetwork(n_obs, n_actions, hidden=hidden)
    hard_update(target_net, q_net)
    optimizer = torch.optim.Adam(q_net.parameters(), lr=lr)
    buffer = ReplayBuffer(buffer_size, (n_obs,))
    returns, current = [], 0.0
    obs, _ = env.reset(seed=seed)
    t = 0
    while t < total_steps:
        epsilon = linear_schedule(eps_start, eps_end, total_steps * exploration_fraction, t)
        with torch.no_grad():
            action = int(epsilon_greedy(q_net(torch.tensor(obs[None], dtype=torch.float32)), epsilon, rng)[0])
        next_obs, reward, terminated, truncated, _ = env.step(action)
        buffer.add(obs, action, reward, next_obs, terminated, truncated)
        current += reward
        if terminated or truncated:
            returns.append(float(current))
            current = 0.0
            next_obs, _ = env.reset()
        obs = next_obs
        learning = t >= learning_starts
        if learning and t % train_freq == 0:
            batch = buffer.sample(batch_size, rng)
            dqn_update(q_net, target_net, optimizer, batch, gamma)
        if learning and t % target_freq == 0:
            hard_update(target_net, q_net)
        t += 1
        if callback is not None and log_every and t % log_every == 0:
            callback(t, q_net)
    return q_net, returns


def greedy_action(q_net, obs):
    batch = torch.from_numpy(np.asarray(obs)).float().reshape(1, -1)
    with torch.no_grad():
        best = torch.max(q_net(batch), dim=1).indices
    return best.item()
