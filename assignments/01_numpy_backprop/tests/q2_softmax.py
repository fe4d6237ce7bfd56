from otter.test_files import test_case

OK_FORMAT = False

name = "q2_softmax"
points = 4

@test_case(points=None, hidden=False)
def test_softmax_public(softmax, np):
    from checks import expect_array
    see = '§3 Softmax'
    z = np.array([[0.0, 0.0, 0.0], [0.0, np.log(3.0), 0.0]])
    expect_array(softmax(z), np.array([[1 / 3, 1 / 3, 1 / 3], [0.2, 0.6, 0.2]]), 'softmax(np.array([[0., 0., 0.], [0., np.log(3.), 0.]]))', see)
    p = softmax(np.arange(12.0).reshape(4, 3))
    expect_array(p, np.zeros((4, 3)), 'softmax(np.arange(12.).reshape(4, 3)) (checking the shape)', see, atol=1.0)
    expect_array(p.sum(axis=1), np.ones(4), 'row sums of softmax(np.arange(12.).reshape(4, 3))', see)

