from otter.test_files import test_case

OK_FORMAT = False

name = "q1_state_aggregation"
points = 5

@test_case(points=1, hidden=False)
def test_state_aggregation_public(StateAggregation, gym, np, student):
    from checks import expect_array, expect_instance, expect_true, explain_failures, on_student_side
    see = '§1 Why tables fail on continuous states (state aggregation)'
    with explain_failures(see):
        st_gym = on_student_side(student, gym)
        env = StateAggregation(st_gym.make('MountainCar-v0'), 9, [-1.2, -0.07], [0.6, 0.07])
        call = 'StateAggregation(gym.make("MountainCar-v0"), 9, [-1.2, -0.07], [0.6, 0.07])'
        space = env.observation_space
        expect_instance(space, 'gymnasium.spaces.MultiDiscrete', f'{call}.observation_space', see)
        expect_array(np.asarray(space.nvec), np.array([9, 9]), f'{call}.observation_space.nvec', see)
        expect_array(env.observation(np.array([-1.1, 0.0])), np.array([0, 4]), 'env.observation(np.array([-1.1, 0.0])) for that env', see)
        expect_array(env.observation(np.array([0.55, 0.069])), np.array([8, 8]), 'env.observation(np.array([0.55, 0.069])) for that env', see)
        expect_array(env.observation(np.array([0.6, 0.07])), np.array([8, 8]), 'env.observation(np.array([0.6, 0.07])) for that env (x = high falls in the last bin, 8: clip to 0 .. bins - 1)', see)
        obs, info = env.reset(seed=0)
        expect_array(obs, np.zeros(2, dtype=np.int64), 'the observation of env.reset(seed=0) (checking shape and integer type)', see, atol=8)
        expect_true(np.all((obs >= 0) & (obs < 9)), 'env.reset(seed=0)', f'expected bin indices in 0..8, returned {obs!r}.', see)

