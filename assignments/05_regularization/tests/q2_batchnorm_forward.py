from otter.test_files import test_case

OK_FORMAT = False

name = "q2_batchnorm_forward"
points = 5

@test_case(points=None, hidden=False)
def test_batchnorm_forward_public(batchnorm_forward, np):
    from checks import expect_array, expect_tuple, explain_failures
    see = '§3 Batch normalization'
    with explain_failures(see):
        x = np.array([[1.0, 2.0], [3.0, 6.0]])
        call = 'batchnorm_forward(x=[[1, 2], [3, 6]], gamma=[1, 1], beta=[0, 0], running_mean=[0, 0], running_var=[1, 1], train=True)'
        out, rm, rv, _ = expect_tuple(batchnorm_forward(x, np.ones(2), np.zeros(2), np.zeros(2), np.ones(2), True), 4, call, see)
        expect_array(out, np.array([[-1.0, -1.0], [1.0, 1.0]]), f'out from {call}', see, atol=0.0001)
        expect_array(rm, np.array([0.2, 0.4]), f'running_mean from {call}  (0.9 * 0 + 0.1 * batch mean)', see)
        expect_array(rv, np.array([1.1, 1.7]), f'running_var from {call}  (0.9 * 1 + 0.1 * UNBIASED batch variance)', see)
        call = 'batchnorm_forward(x=[[3, 0]], gamma=[2, 1], beta=[0.5, -1], running_mean=[1, 0], running_var=[4, 1], train=False)'
        out, rm, rv, _ = expect_tuple(batchnorm_forward(np.array([[3.0, 0.0]]), np.array([2.0, 1.0]), np.array([0.5, -1.0]), np.array([1.0, 0.0]), np.array([4.0, 1.0]), False), 4, call, see)
        expect_array(out, np.array([[2.5, -1.0]]), f'out from {call}  (evaluation mode uses the running statistics)', see, atol=0.0001)
        expect_array(rm, np.array([1.0, 0.0]), f'running_mean from {call} (unchanged in evaluation mode)', see)
        expect_array(rv, np.array([4.0, 1.0]), f'running_var from {call} (unchanged in evaluation mode)', see)

