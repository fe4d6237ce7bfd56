from otter.test_files import test_case

OK_FORMAT = False

name = "q1_dropout"
points = 4

@test_case(points=None, hidden=False)
def test_dropout_public(dropout_forward, np, student):
    from checks import expect_array, expect_close, expect_shape, expect_true, expect_tuple, explain_failures, on_student_side
    see = '§2 Dropout'
    with explain_failures(see):
        rng = on_student_side(student, np).random.default_rng(0)
        x = np.ones((200, 50))
        out, mask = expect_tuple(dropout_forward(x, 0.5, True, rng), 2, 'dropout_forward(np.ones((200, 50)), p=0.5, train=True, rng)', see)
        expect_shape(out, (200, 50), 'out from dropout_forward(np.ones((200, 50)), 0.5, True, rng)', see)
        expect_shape(mask, (200, 50), 'mask from dropout_forward(np.ones((200, 50)), 0.5, True, rng)', see)
        values = sorted(set(np.unique(mask).tolist()))
        expect_true(values == [0.0, 2.0], 'mask from dropout_forward(np.ones((200, 50)), 0.5, True, rng)', f'expected entries 0 (dropped) and 1 / (1 - 0.5) = 2 (kept), returned the values {values[:6]}.', see)
        expect_close(float(np.mean(out)), 1.0, 'mean of out = dropout_forward(np.ones((200, 50)), 0.5, True, rng)[0] (inverted dropout keeps the expected value)', see, atol=0.05)
        x = np.arange(6.0).reshape(2, 3) - 2.0
        out, mask = expect_tuple(dropout_forward(x, 0.5, False, rng), 2, 'dropout_forward(x, 0.5, train=False, rng)', see)
        expect_array(out, x, 'out from dropout_forward(x, 0.5, train=False, rng) (evaluation mode: the identity)', see)
        expect_array(mask, np.ones((2, 3)), 'mask from dropout_forward(x, 0.5, train=False, rng) (evaluation mode: all ones)', see)

