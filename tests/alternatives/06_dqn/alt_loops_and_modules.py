"""Correct alternative written with loops and explicit modules: np.digitize over the
interior bin edges (which clips by itself), a ModuleList Q-network, a NatureDQN with named
layers and view(), epsilon-greedy one row at a time, np.interp for the schedule,
torch.where targets with .detach(), F.huber_loss with advanced indexing, updates through
state dicts, a list-based ring buffer, and a train_dqn with soft target updates."""
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


def train_dqn(env_id="CartPole-v1", total_steps=50_000, seed=0, tau=0.005):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    env = gym.make(env_id)
    obs, _ = env.reset(seed=seed)
    q_net = QNetwork(4, 2)
    target_net = QNetwork(4, 2)
    hard_update(target_net, q_net)
    optimizer = torch.optim.Adam(q_net.parameters(), lr=5e-4)
    buffer = ReplayBuffer(20_000, (4,))
    returns, current = [], 0.0
    for t in range(total_steps):
        epsilon = linear_schedule(1.0, 0.05, total_steps // 4, t)
        with torch.no_grad():
            action = int(epsilon_greedy(q_net(torch.tensor(obs[None], dtype=torch.float32)), epsilon, rng)[0])
        next_obs, reward, terminated, truncated, _ = env.step(action)
        buffer.add(obs, action, reward, next_obs, terminated, truncated)
        current += reward
        obs = next_obs
        if terminated or truncated:
            returns.append(current)
            current = 0.0
            obs, _ = env.reset()
        if t >= 250:
            dqn_update(q_net, target_net, optimizer, buffer.sample(32, rng), 0.99)
            soft_update(target_net, q_net, tau)
    return q_net, returns
