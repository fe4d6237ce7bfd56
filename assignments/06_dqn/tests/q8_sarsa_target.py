from otter.test_files import test_case

OK_FORMAT = False

name = "q8_sarsa_target"
points = 3

@test_case(points=1, hidden=False)
def test_sarsa_target_public(sarsa_target, torch, student):
    from checks import expect_tensor, explain_failures, on_student_side
    see = '§5 TD targets (SARSA: the action actually taken)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        q_net = st.nn.Linear(2, 3)
        q_net.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([1.0, 2.0, 3.0])})
        y = sarsa_target(torch.ones(4), torch.randn(4, 2), torch.tensor([0, 2, 1, 0]), torch.tensor([False, False, False, True]), q_net, 0.5)
        expect_tensor(y, torch.tensor([1.5, 2.5, 2.0, 1.0]), "sarsa_target(torch.ones(4), next_obs, next_actions=[0, 2, 1, 0], terminated=[F, F, F, T], q_net, 0.5) with Q(s', .) = [1, 2, 3]", see, rtol=1e-06, atol=1e-06)

