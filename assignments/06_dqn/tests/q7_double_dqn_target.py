from otter.test_files import test_case

OK_FORMAT = False

name = "q7_double_dqn_target"
points = 4

@test_case(points=2, hidden=False)
def test_double_dqn_target_public(double_dqn_target, torch, student):
    from checks import expect_tensor, expect_true, explain_failures, on_student_side
    see = '§5 TD targets (Double DQN: select with q_net, evaluate with target_net)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        q_net, target_net = (st.nn.Linear(2, 3), st.nn.Linear(2, 3))
        q_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([0.0, 5.0, 1.0])})
        target_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([10.0, 2.0, -1.0])})
        terminated = torch.tensor([False, True, False, True, False])
        y = double_dqn_target(torch.ones(5), torch.randn(5, 2), terminated, q_net, target_net, 0.99)
        expect_tensor(y, torch.tensor([2.98, 1.0, 2.98, 1.0, 2.98]), "double_dqn_target(torch.ones(5), next_obs, [F, T, F, T, F], q_net, target_net, 0.99) with Q_online(s', .) = [0, 5, 1] (selects action 1) and Q_target(s', .) = [10, 2, -1] (evaluates it: 2; the max 10 is DQN's target, not Double DQN's)", see, rtol=1e-06, atol=1e-05)
        expect_true(not y.requires_grad, 'double_dqn_target(...)', 'expected a target without gradient (requires_grad False: use torch.no_grad()), returned a tensor with requires_grad True.', see)

