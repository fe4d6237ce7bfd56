from otter.test_files import test_case

OK_FORMAT = False

name = "q13_dqn_update"
points = 4

@test_case(points=1, hidden=False)
def test_dqn_update_public(dqn_update, torch, student):
    from checks import expect_close, expect_tensor, explain_failures, on_student_side, references
    see = '§9 One DQN update step'
    with explain_failures(see):
        st = on_student_side(student, torch)
        q_net, target_net = (st.nn.Linear(2, 3), st.nn.Linear(2, 3))
        q_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([0.0, 1.0, 2.0])})
        target_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([1.0, 0.5, 0.0])})
        optimizer = st.optim.SGD(q_net.parameters(), lr=0.5)
        batch = {'obs': torch.zeros(5, 2), 'actions': torch.tensor([0, 2, 1, 1, 2]), 'rewards': torch.tensor([0.0, 0.5, 0.0, 1.0, -1.0]), 'next_obs': torch.zeros(5, 2), 'terminated': torch.tensor([False, False, True, False, True])}
        with references(student, 'dqn_loss', 'td_target'):
            loss = dqn_update(q_net, target_net, optimizer, batch, 0.5)
        if isinstance(loss, torch.Tensor) and loss.numel() == 1:
            loss = loss.item()
        expect_close(loss, 0.75, 'dqn_update(q_net, target_net, optimizer, batch, 0.5) on the batch of the public dqn_loss test (the loss before the step)', see, rtol=1e-06)
        expect_tensor(q_net.state_dict()['bias'], torch.tensor([0.05, 0.95, 1.8]), 'q_net.bias after one step of SGD(lr=0.5) (bias gradient [-0.1, 0.1, 0.4])', see, rtol=1e-05, atol=1e-06)
        expect_tensor(target_net.state_dict()['bias'], torch.tensor([1.0, 0.5, 0.0]), 'target_net.bias after dqn_update (the target network must not change)', see)
        with references(student, 'dqn_loss', 'td_target'):
            loss = dqn_update(q_net, target_net, optimizer, batch, 0.5)
        if isinstance(loss, torch.Tensor) and loss.numel() == 1:
            loss = loss.item()
        expect_close(loss, 0.66475, 'the loss returned by a second dqn_update(q_net, target_net, optimizer, batch, 0.5) on the same batch', see, rtol=1e-05)
        expect_tensor(q_net.state_dict()['bias'], torch.tensor([0.095, 0.91, 1.62]), 'q_net.bias after a second step on the same batch (bias gradient [-0.09, 0.08, 0.36]; the gradient of the first step must be cleared first: optimizer.zero_grad())', see, rtol=1e-05, atol=1e-06)

