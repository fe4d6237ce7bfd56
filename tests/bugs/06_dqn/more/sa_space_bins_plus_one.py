"""StateAggregation whose observation space has n + 1 values per dimension ("room for
x = high"), although the indices are clipped to 0 .. n - 1: nvec is off by one."""
QUESTION = "q1_state_aggregation"


class StateAggregation(gym.ObservationWrapper):
    def __init__(self, env, bins, low, high):
        super().__init__(env)
        k = env.observation_space.shape[0]
        self.bins = np.broadcast_to(np.asarray(bins, dtype=np.int64), (k,)).copy()
        self.low = np.asarray(low, dtype=np.float64)
        self.high = np.asarray(high, dtype=np.float64)
        self.observation_space = gym.spaces.MultiDiscrete(self.bins + 1)

    def observation(self, obs):
        fraction = (np.asarray(obs, dtype=np.float64) - self.low) / (self.high - self.low)
        return np.clip(np.floor(fraction * self.bins).astype(np.int64), 0, self.bins - 1)
