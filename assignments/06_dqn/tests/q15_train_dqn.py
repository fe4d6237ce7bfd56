from otter.test_files import test_case

OK_FORMAT = False

name = "q15_train_dqn"
points = 10

@test_case(points=2, hidden=False)
def test_train_dqn_public(train_dqn, gym, torch, student):
    from checks import expect_instance, expect_tensor, expect_true, expect_tuple, explain_failures, on_student_side, references
    see = '§10 Putting it together'
    with explain_failures(see):
        st_gym = on_student_side(student, gym)
        st_gym.register(id='CartPole20-v1', entry_point='gymnasium.envs.classic_control.cartpole:CartPoleEnv', max_episode_steps=20)
        short = {'hidden': (16,), 'lr': 0.001, 'buffer_size': 1000, 'batch_size': 8, 'train_freq': 1, 'target_freq': 50}
        call = 'train_dqn("CartPole20-v1", total_steps=300, seed=0, hidden=(16,), batch_size=8, train_freq=1, learning_starts=100, ...)'
        with references(student, 'QNetwork', 'ReplayBuffer', 'epsilon_greedy', 'linear_schedule', 'td_target', 'double_dqn_target', 'dqn_loss', 'dqn_update', 'hard_update', 'soft_update', 'evaluate_greedy'):
            result = train_dqn('CartPole20-v1', total_steps=300, seed=0, learning_starts=100, **short)
        q_net, returns = expect_tuple(result, 2, call, see)
        expect_instance(q_net, 'torch.nn.Module', f'the network returned by {call}', see)
        expect_tensor(q_net(torch.zeros(3, 4)), torch.zeros(3, 2), f'q_net(torch.zeros(3, 4)) for the q_net of {call} (checking the shape)', see, atol=1e+30)
        ok = isinstance(returns, list) and len(returns) > 0 and all((1 <= r <= 20 for r in returns)) and (281 <= sum(returns) <= 300)
        expect_true(ok, f'the episode returns of {call}', f'expected the return of every finished episode: each from 1 to 20 (+1 per step, and CartPole20-v1 truncates after 20 steps: reset on truncated too), adding up to 281..300 (300 steps, less the unfinished last episode: at most 19 steps), returned {returns!r:.200}.', see)
        probe = torch.randn(5, 4, generator=torch.Generator().manual_seed(7300))
        with references(student, 'QNetwork', 'ReplayBuffer', 'epsilon_greedy', 'linear_schedule', 'td_target', 'double_dqn_target', 'dqn_loss', 'dqn_update', 'hard_update', 'soft_update', 'evaluate_greedy'):
            result = train_dqn('CartPole20-v1', total_steps=300, seed=0, learning_starts=300, **short)
        untrained, _ = expect_tuple(result, 2, call.replace('learning_starts=100', 'learning_starts=300'), see)
        expect_true(not torch.allclose(q_net(probe), untrained(probe)), 'q_net(probe) after train_dqn(..., seed=0) with learning_starts=100 (200 updates) and with learning_starts=300 (no update)', 'expected different networks (the same seed gives the same initial network; the 200 dqn_update calls must change it), returned identical outputs: does train_dqn train?', see)

