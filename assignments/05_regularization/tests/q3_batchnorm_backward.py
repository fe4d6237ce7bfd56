from otter.test_files import test_case

OK_FORMAT = False

name = "q3_batchnorm_backward"
points = 5

@test_case(points=None, hidden=False)
def test_batchnorm_backward_public(batchnorm_forward, batchnorm_backward, np, student):
    from checks import expect_array, expect_shape, expect_tuple, explain_failures, references
    see = '§4 The backward pass of batch normalization'
    with explain_failures(see):
        x = np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 4.0]])
        gamma, beta = (np.array([1.0, 2.0]), np.array([0.0, 0.5]))

        def make_cache():
            return expect_tuple(batchnorm_forward(x, gamma, beta, np.zeros(2), np.ones(2), True), 4, 'batchnorm_forward(x, gamma, beta, running_mean, running_var, train=True)', see)[3]

        def check(cache):
            dout = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 3.0]])
            call = 'batchnorm_backward(dout=[[1, 0], [0, 1], [2, 3]], cache) for x = [[1, 2], [3, 6], [5, 4]], gamma = [1, 2]'
            dx, dgamma, dbeta = expect_tuple(batchnorm_backward(dout, cache), 3, call, see)
            expect_array(dbeta, np.array([3.0, 4.0]), f'dbeta from {call} (sum of dout over the batch)', see)
            expect_array(dgamma, np.array([1.22474, 1.22474]), f'dgamma from {call} (sum over the batch of dout * x_hat)', see, atol=0.0001)
            expect_shape(dx, (3, 2), f'dx from {call}', see)
            expect_array(dx.sum(axis=0), np.zeros(2), f'dx.sum(axis=0) for dx from {call} (each column of dx sums to 0)', see, atol=1e-09)
            dx, _, _ = expect_tuple(batchnorm_backward(np.ones((3, 2)), cache), 3, 'batchnorm_backward(np.ones((3, 2)), cache)', see)
            expect_array(dx, np.zeros((3, 2)), 'dx from batchnorm_backward(np.ones((3, 2)), cache) (a constant dout column gives a zero dx column)', see, atol=1e-09)
        try:
            with references(student, 'batchnorm_forward'):
                cache = make_cache()
            check(cache)
        except Exception:
            if student is None:
                raise
            check(make_cache())

