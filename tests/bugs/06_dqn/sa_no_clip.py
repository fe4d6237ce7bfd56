"""StateAggregation without clipping: x = high gives index n (one past the last bin),
values below low give negative indices, values above high indices >= n."""
QUESTION = "q1_state_aggregation"


class StateAggregation(gym.ObservationWrapper):
    def __init__(self, env, bins, low, high):
        super().__init__(env)
        k = env.observation_space.shape[0]
        self.bins = np.broadcast_to(np.asarray(bins, dtype=np.int64), (k,)).copy()
        self.low = np.asarray(low, dtype=np.float64)
        self.high = np.asarray(high, dtype=np.float64)
        self.observation_space = gym.spaces.MultiDiscrete(self.bins)

    def observation(self, obs):
        fraction = (np.asarray(obs, dtype=np.float64) - self.low) / (self.high - self.low)
        return np.floor(fraction * self.bins).astype(np.int64)
