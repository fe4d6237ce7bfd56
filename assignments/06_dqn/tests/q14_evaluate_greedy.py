from otter.test_files import test_case

OK_FORMAT = False

name = "q14_evaluate_greedy"
points = 3

@test_case(points=1, hidden=False)
def test_evaluate_greedy_public(evaluate_greedy, torch, student):
    from checks import expect_close, expect_true, explain_failures, on_student_side
    see = '§10 Putting it together (evaluating the greedy policy)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        q_net = st.nn.Linear(4, 2)
        q_net.load_state_dict({'weight': torch.zeros(2, 4), 'bias': torch.tensor([0.0, 1.0])})
        call = 'evaluate_greedy(q_net, "CartPole-v1", 3, 1000) for Q(s, .) = [0, 1] (always action 1)'
        got = evaluate_greedy(q_net, 'CartPole-v1', 3, 1000)
        expect_true(isinstance(got, float), call, f'expected a Python float, returned {got!r:.100}.', see)
        expect_close(got, 28 / 3, f'{call} (returns 9, 9 and 10 from the resets with seeds 1000, 1001, 1002: their mean)', see, rtol=1e-06)
        expect_close(evaluate_greedy(q_net, 'CartPole-v1', 1, 1004), 8.0, 'evaluate_greedy(q_net, "CartPole-v1", 1, 1004) for the same q_net (one episode from env.reset(seed=1004): 8 steps)', see, rtol=1e-06)
        q_net.load_state_dict({'weight': torch.tensor([[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0]]), 'bias': torch.zeros(2)})
        expect_close(evaluate_greedy(q_net, 'CartPole-v1', 2, 1000), 500.0, 'evaluate_greedy(q_net, "CartPole-v1", 2, 1000) for Q(s, .) = [0, s[2] + s[3]], a controller that keeps the pole up (every episode is truncated at 500 steps)', see, rtol=1e-06)

