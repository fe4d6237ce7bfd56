from otter.test_files import test_case

OK_FORMAT = False

name = "q6_cross_entropy"
points = 5

@test_case(points=None, hidden=False)
def test_cross_entropy_public(softmax_cross_entropy, np):
    from checks import expect_array, expect_close, expect_tuple, explain_failures
    see = '§7 Softmax cross-entropy'
    with explain_failures(see):
        loss, dlogits = expect_tuple(softmax_cross_entropy(np.zeros((2, 3)), np.array([0, 2])), 2, 'softmax_cross_entropy(np.zeros((2, 3)), np.array([0, 2]))', see)
        expect_close(loss, np.log(3.0), 'loss from softmax_cross_entropy(np.zeros((2, 3)), [0, 2])  (uniform probabilities 1/3)', see)
        expect_array(dlogits, np.zeros((2, 3)), 'dlogits from softmax_cross_entropy(np.zeros((2, 3)), [0, 2]) (checking the shape)', see, atol=1.0)
        expect_array(dlogits.sum(axis=1), np.zeros(2), 'row sums of dlogits (each row of p - one_hot sums to 0)', see, atol=1e-12)

@test_case(points=None, hidden=False)
def test_cross_entropy_values_public(softmax_cross_entropy, np):
    from checks import expect_array, expect_close, expect_tuple, explain_failures
    see = '§7 Softmax cross-entropy'
    with explain_failures(see):
        call = 'softmax_cross_entropy(np.zeros((2, 3)), np.array([0, 2]))'
        _, dlogits = expect_tuple(softmax_cross_entropy(np.zeros((2, 3)), np.array([0, 2])), 2, call, see)
        expect_array(dlogits, np.array([[-1 / 3, 1 / 6, 1 / 6], [1 / 6, 1 / 6, -1 / 3]]), f'dlogits from {call}  (= (p - one_hot(y)) / N, divided by N = 2 once)', see)
        with np.errstate(all='ignore'):
            call = 'softmax_cross_entropy(np.array([[0., 800.]]), np.array([0]))'
            loss, dlogits = expect_tuple(softmax_cross_entropy(np.array([[0.0, 800.0]]), np.array([0])), 2, call, see)
            expect_close(loss, 800.0, f'loss from {call}  (log p_0 = 0 - log(e^0 + e^800) = -800: use log-sum-exp, not the log of a softmax)', '§7 Softmax cross-entropy (log-sum-exp)')
            expect_array(dlogits, np.array([[-1.0, 1.0]]), f'dlogits from {call}', see, atol=1e-12)

