"""StateAggregation with np.digitize over all n + 1 bin edges: digitize counts the edges
at or below x, so indices run from 1 to n (and n + 1 at x = high) instead of 0 .. n - 1."""
QUESTION = "q1_state_aggregation"


class StateAggregation(gym.ObservationWrapper):
    def __init__(self, env, bins, low, high):
        super().__init__(env)
        k = env.observation_space.shape[0]
        self.bins = np.broadcast_to(np.asarray(bins, dtype=np.int64), (k,)).copy()
        self.edges = [np.linspace(l, h, n + 1) for l, h, n in zip(low, high, self.bins)]
        self.observation_space = gym.spaces.MultiDiscrete(self.bins)

    def observation(self, obs):
        return np.array([np.digitize(x, e) for x, e in zip(obs, self.edges)], dtype=np.int64)
