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

@test_case(points=None, hidden=False)
def test_gradient_check_traps_public(numerical_gradient, relative_error, np):
    from checks import expect_array, expect_close, explain_failures
    see = '§9 Gradient checking'
    with explain_failures(see):
        grad = numerical_gradient(lambda v: float(np.sum(v ** 3)), np.array([1.0]), h=0.1)
        expect_array(grad, np.array([3.01]), 'numerical_gradient(lambda v: np.sum(v ** 3), np.array([1.]), h=0.1)  (= ((1.1)**3 - (0.9)**3) / 0.2: use the h you are given)', see, rtol=1e-09, atol=1e-09)
        x = np.array([1.0, 2.0])
        grad = numerical_gradient(lambda v: float(v[0] * v[1]), x, h=0.1)
        expect_array(grad, np.array([2.0, 1.0]), 'numerical_gradient(lambda v: v[0] * v[1], np.array([1., 2.]), h=0.1)  (restore each entry after perturbing it)', see, rtol=1e-09, atol=1e-09)
        expect_array(x, np.array([1.0, 2.0]), "x = np.array([1., 2.]) after numerical_gradient(lambda v: v[0] * v[1], x, h=0.1)  (leave the caller's x unchanged)", see, rtol=0.0, atol=0.0)
        expect_close(relative_error(np.zeros(2), np.zeros(2)), 0.0, 'relative_error(np.zeros(2), np.zeros(2))  (the floor 1e-8 avoids 0/0)', see)
        expect_close(relative_error(np.array([1.0, 100.0]), np.array([3.0, 100.0])), 0.5, 'relative_error(np.array([1., 100.]), np.array([3., 100.]))  (elementwise |a - b| / (|a| + |b|) = [0.5, 0], then the maximum)', see)

