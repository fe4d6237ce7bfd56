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

