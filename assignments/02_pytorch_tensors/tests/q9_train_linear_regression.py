from otter.test_files import test_case

OK_FORMAT = False

name = "q9_train_linear_regression"
points = 3

@test_case(points=None, hidden=False)
def test_train_linear_regression_public(train_linear_regression, torch, student):
    from checks import expect_close, expect_tuple, explain_failures, references
    see = '§10 A training loop by hand'
    with explain_failures(see), references(student, 'sgd_update_'):
        x = torch.linspace(-2.0, 2.0, 50)
        y = 2.0 * x - 3.0
        call = 'train_linear_regression(x, 2 * x - 3) for x = torch.linspace(-2, 2, 50)'
        w, b = expect_tuple(train_linear_regression(x, y), 2, call, see)
        expect_close(w, 2.0, f'w from {call}', see, atol=0.001)
        expect_close(b, -3.0, f'b from {call}', see, atol=0.001)
        call = 'train_linear_regression(torch.tensor([1., 2.]), torch.tensor([3., 5.]), steps=1, lr=0.1)'
        w, b = expect_tuple(train_linear_regression(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 5.0]), steps=1, lr=0.1), 2, call, see)
        expect_close(w, 1.3, f'w from {call} (w - lr * dL/dw = 0 - 0.1 * -13)', see, rtol=1e-05)
        expect_close(b, 0.8, f'b from {call} (b - lr * dL/db = 0 - 0.1 * -8)', see, rtol=1e-05)

