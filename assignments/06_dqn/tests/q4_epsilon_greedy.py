from otter.test_files import test_case

OK_FORMAT = False

name = "q4_epsilon_greedy"
points = 4

@test_case(points=1, hidden=False)
def test_epsilon_greedy_public(epsilon_greedy, torch, np, student):
    from checks import expect_array, expect_true, explain_failures, on_student_side
    see = '§4 Epsilon-greedy exploration'
    with explain_failures(see):
        st_np = on_student_side(student, np)
        q = torch.tensor([[0.0, 2.0, 1.0], [5.0, -1.0, 0.0], [0.0, 0.0, 3.0], [1.0, 4.0, 2.0], [9.0, 8.0, 7.0]])
        expect_array(epsilon_greedy(q, 0.0, st_np.random.default_rng(0)), np.array([1, 0, 2, 1, 0]), 'epsilon_greedy(q, 0.0, rng) (epsilon = 0: always greedy) for q of shape (5, 3)', see)
        actions = epsilon_greedy(torch.zeros(3000, 3), 1.0, st_np.random.default_rng(1))
        expect_array(actions, np.zeros(3000, dtype=np.int64), 'epsilon_greedy(torch.zeros(3000, 3), 1.0, rng) (checking shape and integer type)', see, atol=10)
        counts = np.bincount(np.clip(actions, 0, 3), minlength=4)
        expect_true(counts[3] == 0 and np.all(actions >= 0), 'epsilon_greedy(torch.zeros(3000, 3), 1.0, rng)', f'expected actions in 0..2, returned {int(counts[3])} actions >= 3 or negative ones.', see)
        expect_true(np.all(counts[:3] > 800), 'epsilon_greedy(torch.zeros(3000, 3), 1.0, rng)', f'expected about 1000 of each action 0, 1, 2 (epsilon = 1: uniform), returned counts {counts[:3].tolist()}.', see)

