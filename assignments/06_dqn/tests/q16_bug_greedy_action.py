from otter.test_files import test_case

OK_FORMAT = False

name = "q16_bug_greedy_action"
points = 2

@test_case(points=1, hidden=False)
def test_bug_greedy_action_public(greedy_action, student, torch, np):
    from checks import expect_close, expect_true, explain_failures, on_student_side
    see = '§11 Find the bug: an agent that only pushes left'
    with explain_failures(see):
        st = on_student_side(student, torch)
        q_net = st.nn.Sequential(st.nn.Flatten(), st.nn.Linear(3, 4))
        q_net.load_state_dict({'1.weight': torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]]), '1.bias': torch.tensor([0.0, 0.0, 0.0, 0.5])})
        for obs, best in [([0.2, 0.9, -1.0], 1), ([-1.0, -2.0, -3.0], 3), ([0.0, 0.0, 4.5], 2)]:
            q_values = obs + [0.5]
            call = f'greedy_action(q_net, np.array({obs}, dtype=np.float32)) for a network with Q(s, .) = [s[0], s[1], s[2], 0.5] = {q_values}'
            got = greedy_action(q_net, np.array(obs, dtype=np.float32))
            expect_close(got, best, f'{call} (the index of the largest Q-value, not the value)', see + ' (argmax over the actions, dim 1 of the (1, A) Q-values)')
            expect_true(isinstance(got, int) and (not isinstance(got, bool)), call, f'expected a Python int, returned {got!r:.100}.', see)

