from otter.test_files import test_case

OK_FORMAT = False

name = "q6_td_target"
points = 6

@test_case(points=2, hidden=False)
def test_td_target_public(td_target, torch, student):
    from checks import expect_tensor, expect_true, explain_failures, on_student_side
    see = '§5 TD targets (terminated versus truncated)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        target_net = st.nn.Linear(2, 3)
        target_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([10.0, 2.0, -1.0])})
        rewards = torch.ones(5)
        terminated = torch.tensor([False, True, False, True, False])
        y = td_target(rewards, torch.randn(5, 2), terminated, target_net, 0.99)
        expect_tensor(y, torch.tensor([10.9, 1.0, 10.9, 1.0, 10.9]), "td_target(torch.ones(5), next_obs, [F, T, F, T, F], target_net, 0.99) with max_a' Q_target(s', a') = 10 for every s'", see, rtol=1e-06, atol=1e-05)
        expect_true(not y.requires_grad, 'td_target(...)', 'expected a target without gradient (requires_grad False: use torch.no_grad()), returned a tensor with requires_grad True.', see)

