from otter.test_files import test_case

OK_FORMAT = False

name = "q1_mlp"
points = 5

@test_case(points=1, hidden=False)
def test_mlp_public(MLP, torch):
    from checks import expect_close, expect_instance, expect_tensor, explain_failures
    see = '§1 The MLP'
    with explain_failures(see):
        model = MLP(2, [16], 3)
        expect_instance(model, 'torch.nn.Module', 'MLP(2, [16], 3)', see)
        n_params = sum((p.numel() for p in model.parameters()))
        expect_close(n_params, 99, 'number of parameters of MLP(2, [16], 3): (2 + 1) * 16 + (16 + 1) * 3', see)
        expect_tensor(model(torch.zeros(5, 2)), torch.zeros(5, 3), 'MLP(2, [16], 3)(torch.zeros(5, 2)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)
        tanh_model = MLP(4, [8, 8], 2, activation='tanh')
        expect_tensor(tanh_model(torch.zeros(1, 4)), torch.zeros(1, 2), 'MLP(4, [8, 8], 2, activation="tanh")(torch.zeros(1, 4)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)

