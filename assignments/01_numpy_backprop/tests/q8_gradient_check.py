from otter.test_files import test_case

OK_FORMAT = False

name = "q8_gradient_check"
points = 4

@test_case(points=None, hidden=False)
def test_gradient_check_public(numerical_gradient, relative_error, np):
    from checks import expect_array, expect_close, explain_failures
    see = '§9 Gradient checking'
    with explain_failures(see):
        grad = numerical_gradient(lambda v: float(np.sum(v ** 2)), np.array([1.0, -2.0]))
        expect_array(grad, np.array([2.0, -4.0]), 'numerical_gradient(lambda v: np.sum(v ** 2), np.array([1., -2.]))', see, rtol=1e-06, atol=1e-06)
        grad = numerical_gradient(lambda v: float(np.sum(v)), np.zeros((2, 3)))
        expect_array(grad, np.ones((2, 3)), 'numerical_gradient(lambda v: np.sum(v), np.zeros((2, 3)))', see, rtol=1e-06, atol=1e-06)
        expect_close(relative_error(np.array([1.0]), np.array([3.0])), 0.5, 'relative_error(np.array([1.]), np.array([3.]))  (= |1 - 3| / (1 + 3))', see)
        expect_close(relative_error(np.array([2.0, -1.0]), np.array([2.0, -1.0])), 0.0, 'relative_error(a, a) for a = np.array([2., -1.])', see)

