from otter.test_files import test_case

OK_FORMAT = False

name = "q4_fit_moons"
points = 4

@test_case(points=1, hidden=False)
def test_fit_moons_public(fit_moons, torch, np, student):
    from checks import expect_array, expect_instance, expect_tensor, expect_true, explain_failures, make_moons, references
    see = '§6 Two moons'
    with explain_failures(see):
        with references(student, 'MLP', 'train_epoch', 'evaluate'):
            model = fit_moons(seed=0)
            expect_instance(model, 'torch.nn.Module', 'fit_moons(seed=0)', see)
            model.eval()
            points = torch.tensor([[0.0, 1.0], [1.0, -0.5], [-1.0, 0.0], [2.0, 0.5]])
            logits = model(points)
            expect_tensor(logits, torch.zeros(4, 2), 'fit_moons(seed=0)(points) for 4 points (checking the shape)', see, atol=1e+30, dtype=torch.float32)
            expect_array(logits.detach().argmax(dim=1).numpy(), np.array([0, 1, 0, 1]), 'predicted classes (argmax of the logits) of fit_moons(seed=0) at the points (0, 1), (1, -0.5), (-1, 0), (2, 0.5)', see)
            X_test, y_test = make_moons(1000, 0.25, np.random.default_rng(1))
            inputs = torch.tensor(X_test, dtype=torch.float32)
            first = model(inputs).detach()
            accuracy = float(np.mean(first.argmax(dim=1).numpy() == y_test))
            expect_true(accuracy >= 0.9, 'accuracy of fit_moons(seed=0) on 1000 fresh two-moons points (make_moons(1000, 0.25, np.random.default_rng(1)))', f'expected at least 0.90 (a linear model gets about 0.86: the MLP needs hidden layers, and enough training), got {accuracy:.4f}.', see)
            again = fit_moons(seed=0)
            expect_instance(again, 'torch.nn.Module', 'fit_moons(seed=0) (second call)', see)
            again.eval()
            expect_tensor(again(inputs).detach(), first, 'logits of a second fit_moons(seed=0) compared with the first, on 1000 points (seed torch with torch.manual_seed(seed) before building the model)', see, rtol=0.0001, atol=1e-05)

