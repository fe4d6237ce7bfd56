from otter.test_files import test_case

OK_FORMAT = False

name = "q5_fit_regression"
points = 3

@test_case(points=1, hidden=False)
def test_fit_regression_public(fit_regression, torch, np):
    from checks import expect_instance, expect_tensor, explain_failures
    see = '§7 Regression'
    with explain_failures(see):
        x = np.linspace(-2.0, 2.0, 64).reshape(-1, 1)
        y = 2.0 * x[:, 0] - 3.0
        model = fit_regression(x, y)
        expect_instance(model, 'torch.nn.Module', 'fit_regression(x, y)', see)
        model.eval()
        expect_tensor(model(torch.tensor([[0.0], [1.0]])), torch.tensor([[-3.0], [-1.0]]), 'predictions at x = 0 and x = 1 of fit_regression(x, y) for 64 points on y = 2x - 3', see, atol=0.25, rtol=0.0, dtype=torch.float32)

