from otter.test_files import test_case

OK_FORMAT = False

name = "q13_train_dqn"
points = 2

@test_case(points=1, hidden=False)
def test_train_dqn_public(train_dqn, torch):
    from checks import expect_instance, expect_tensor, expect_true, expect_tuple, explain_failures
    see = '§10 Putting it together'
    with explain_failures(see):
        call = 'train_dqn("CartPole-v1", total_steps=300, seed=0)'
        q_net, returns = expect_tuple(train_dqn('CartPole-v1', total_steps=300, seed=0), 2, call, see)
        expect_instance(q_net, 'torch.nn.Module', f'the network returned by {call}', see)
        expect_tensor(q_net(torch.zeros(3, 4)), torch.zeros(3, 2), f'q_net(torch.zeros(3, 4)) for the q_net of {call} (checking the shape)', see, atol=1e+30)
        expect_true(isinstance(returns, list) and len(returns) >= 1, f'the episode returns of {call}', f'expected a list with the return of each finished episode, returned {returns!r:.200}.', see)

