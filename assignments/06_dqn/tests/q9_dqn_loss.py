from otter.test_files import test_case

OK_FORMAT = False

name = "q9_dqn_loss"
points = 6

@test_case(points=2, hidden=False)
def test_dqn_loss_public(dqn_loss, torch, student):
    from checks import expect_tensor, expect_true, explain_failures, on_student_side, references
    see = '§6 The DQN loss and the Huber loss'
    with explain_failures(see):
        st = on_student_side(student, torch)
        q_net, target_net = (st.nn.Linear(2, 3), st.nn.Linear(2, 3))
        q_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([0.0, 1.0, 2.0])})
        target_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([1.0, 0.5, 0.0])})
        batch = {'obs': torch.randn(5, 2), 'actions': torch.tensor([0, 2, 1, 1, 2]), 'rewards': torch.tensor([0.0, 0.5, 0.0, 1.0, -1.0]), 'next_obs': torch.randn(5, 2), 'terminated': torch.tensor([False, False, True, False, True])}
        with references(student, 'td_target'):
            loss = dqn_loss(q_net, target_net, batch, 0.5)
        expect_tensor(loss, torch.tensor(0.75), 'dqn_loss(q_net, target_net, batch, 0.5) for the hand-checkable batch of B=5 transitions, A=3 (errors [-0.5, 1, 1, -0.5, 3])', see, rtol=1e-06, atol=1e-06)
        expect_true(loss.requires_grad, 'dqn_loss(...)', 'expected a loss that requires grad (it must be differentiable with respect to q_net), returned one with requires_grad False.', see)
        q_net.load_state_dict({'weight': torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]]), 'bias': torch.tensor([0.0, 10.0, 20.0])})
        batch = {'obs': torch.tensor([[0.1, 0.0], [0.2, 0.0], [0.3, 0.0], [0.4, 0.0]]), 'actions': torch.tensor([2, 0, 1, 2]), 'rewards': torch.tensor([20.0, 0.0, 10.0, 20.0]), 'next_obs': torch.zeros(4, 2), 'terminated': torch.ones(4, dtype=torch.bool)}
        with references(student, 'td_target'):
            loss = dqn_loss(q_net, target_net, batch, 0.5)
        expect_tensor(loss, torch.tensor(0.0375), 'dqn_loss(q_net, target_net, batch, 0.5) with Q(s, a) = 10 a + s[0], obs[:, 0] = [0.1, 0.2, 0.3, 0.4], actions [2, 0, 1, 2], rewards [20, 0, 10, 20], all terminated (errors [0.1, 0.2, 0.3, 0.4]: pick row i, column actions[i])', see, rtol=1e-05, atol=1e-06)

