from otter.test_files import test_case

OK_FORMAT = False

name = "q2_softmax"
points = 4

@test_case(points=None, hidden=False)
def test_softmax_public(softmax, np):
    from checks import expect_array, expect_shape, expect_true, explain_failures
    see = '§3 Softmax'
    with explain_failures(see):
        z = np.array([[0.0, 0.0, 0.0], [0.0, np.log(3.0), 0.0]])
        call = 'softmax(np.array([[0., 0., 0.], [0., np.log(3.), 0.]]))'
        got = softmax(z)
        expect_shape(got, (2, 3), call, see)
        expect_true(np.allclose(got.sum(axis=1), 1.0), call, f'expected each row to sum to 1 (one distribution per row: normalise over axis=1); the rows sum to {np.round(got.sum(axis=1), 6).tolist()}.', see)
        expect_array(got, np.array([[1 / 3, 1 / 3, 1 / 3], [0.2, 0.6, 0.2]]), call, see)
        p = softmax(np.arange(12.0).reshape(4, 3))
        expect_array(p, np.zeros((4, 3)), 'softmax(np.arange(12.).reshape(4, 3)) (checking the shape)', see, atol=1.0)
        expect_array(p.sum(axis=1), np.ones(4), 'row sums of softmax(np.arange(12.).reshape(4, 3))', see)

@test_case(points=None, hidden=False)
def test_softmax_stable_public(softmax, np):
    from checks import expect_array, explain_failures
    see = '§3 Softmax (shift invariance and stability)'
    with explain_failures(see):
        e = np.exp(np.array([0.0, 1.0, 2.0]))
        with np.errstate(all='ignore'):
            expect_array(softmax(np.array([[1000.0, 1001.0, 1002.0]])), np.array([e / e.sum()]), 'softmax(np.array([[1000., 1001., 1002.]]))  (= softmax([[0., 1., 2.]]))', see)
            expect_array(softmax(np.array([[-1000.0, -1000.0]])), np.array([[0.5, 0.5]]), 'softmax(np.array([[-1000., -1000.]]))', see)
            e01 = np.exp(np.array([0.0, 1.0]))
            expect_array(softmax(np.array([[0.0, 1.0], [-1000.0, -999.0], [1000.0, 0.0]])), np.array([e01 / e01.sum(), e01 / e01.sum(), [1.0, 0.0]]), "softmax(np.array([[0., 1.], [-1000., -999.], [1000., 0.]]))  (each row's own max)", see)

