"""ReplayBuffer whose write position wraps at capacity - 1: the last slot is never
written (it is sampled as an empty transition) and the wrong transitions are overwritten."""
QUESTION = "q12_replay_buffer"


class ReplayBuffer:
    def __init__(self, capacity, obs_shape, obs_dtype=np.float32):
        self.capacity = capacity
        self.obs = np.zeros((capacity, *obs_shape), dtype=obs_dtype)
        self.next_obs = np.zeros((capacity, *obs_shape), dtype=obs_dtype)
        self.actions = np.zeros(capacity, dtype=np.int64)
        self.rewards = np.zeros(capacity, dtype=np.float32)
        self.terminated = np.zeros(capacity, dtype=bool)
        self.pos, self.size = 0, 0

    def add(self, obs, action, reward, next_obs, terminated, truncated):
        i = self.pos
        self.obs[i], self.next_obs[i] = obs, next_obs
        self.actions[i], self.rewards[i], self.terminated[i] = action, reward, terminated
        self.pos = (self.pos + 1) % (self.capacity - 1)
        self.size = min(self.size + 1, self.capacity)

    def __len__(self):
        return self.size

    def sample(self, batch_size, rng):
        idx = rng.integers(0, self.size, size=batch_size)
        return {"obs": torch.as_tensor(self.obs[idx]), "actions": torch.as_tensor(self.actions[idx]),
                "rewards": torch.as_tensor(self.rewards[idx]), "next_obs": torch.as_tensor(self.next_obs[idx]),
                "terminated": torch.as_tensor(self.terminated[idx])}
