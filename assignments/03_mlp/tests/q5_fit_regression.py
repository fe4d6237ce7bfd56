from otter.test_files import test_case

OK_FORMAT = False

name = "q5_fit_regression"
points = 3

@test_case(points=1, hidden=False)
def test_fit_regression_public(fit_regression, torch, np, student):
    from checks import expect_instance, expect_tensor, expect_true, explain_failures, references
    see = '§7 Regression'
    with explain_failures(see):
        x = np.linspace(-2.0, 2.0, 64).reshape(-1, 1)
        y = 2.0 * x[:, 0] - 3.0
        with references(student, 'MLP', 'train_epoch', 'evaluate'):
            model = fit_regression(x, y)
            expect_instance(model, 'torch.nn.Module', 'fit_regression(x, y)', see)
            model.eval()
            pred = model(torch.tensor([[0.0], [1.0]]))
            call = 'predictions at x = 0 and x = 1 of fit_regression(x, y) for 64 points on y = 2x - 3'
            values = pred.detach().reshape(-1).tolist()
            expect_true(len(values) != 2 or min(values) < 0, call, f"expected about -3 and -1, got {values}, none negative: is there an activation (a ReLU) after the output layer? A regressor's last layer stays linear.", see)
            expect_true(len(values) != 2 or abs(values[1] - values[0]) > 0.5, call, f'expected about -3 and -1 (a slope of 2), got {values}: almost the same value at both points, as a network that learned the mean of y does. Do predictions of shape (N, 1) meet targets of shape (N,) in the loss? Give the targets the shape of the predictions (§2).', see)
            expect_tensor(pred, torch.tensor([[-3.0], [-1.0]]), 'predictions at x = 0 and x = 1 of fit_regression(x, y) for 64 points on y = 2x - 3', see, atol=0.25, rtol=0.0, dtype=torch.float32)

