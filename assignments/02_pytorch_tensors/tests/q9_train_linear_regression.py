from otter.test_files import test_case

OK_FORMAT = False

name = "q9_train_linear_regression"
points = 3

@test_case(points=None, hidden=False)
def test_train_linear_regression_public(train_linear_regression, torch):
    from checks import expect_close, expect_tuple, explain_failures
    see = '§10 A training loop by hand'
    with explain_failures(see):
        x = torch.linspace(-2.0, 2.0, 50)
        y = 2.0 * x - 3.0
        call = 'train_linear_regression(x, 2 * x - 3) for x = torch.linspace(-2, 2, 50)'
        w, b = expect_tuple(train_linear_regression(x, y), 2, call, see)
        expect_close(w, 2.0, f'w from {call}', see, atol=0.001)
        expect_close(b, -3.0, f'b from {call}', see, atol=0.001)

