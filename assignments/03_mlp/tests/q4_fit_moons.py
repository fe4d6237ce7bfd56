from otter.test_files import test_case

OK_FORMAT = False

name = "q4_fit_moons"
points = 4

@test_case(points=1, hidden=False)
def test_fit_moons_public(fit_moons, torch, np):
    from checks import expect_array, expect_instance, expect_tensor, explain_failures
    see = '§6 Two moons'
    with explain_failures(see):
        model = fit_moons(seed=0)
        expect_instance(model, 'torch.nn.Module', 'fit_moons(seed=0)', see)
        model.eval()
        points = torch.tensor([[0.0, 1.0], [1.0, -0.5], [-1.0, 0.0], [2.0, 0.5]])
        logits = model(points)
        expect_tensor(logits, torch.zeros(4, 2), 'fit_moons(seed=0)(points) for 4 points (checking the shape)', see, atol=1e+30, dtype=torch.float32)
        expect_array(logits.detach().argmax(dim=1).numpy(), np.array([0, 1, 0, 1]), 'predicted classes (argmax of the logits) of fit_moons(seed=0) at the points (0, 1), (1, -0.5), (-1, 0), (2, 0.5)', see)

