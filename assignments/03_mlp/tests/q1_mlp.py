from otter.test_files import test_case

OK_FORMAT = False

name = "q1_mlp"
points = 5

@test_case(points=1, hidden=False)
def test_mlp_public(MLP, torch):
    from checks import expect_close, expect_instance, expect_tensor, expect_true, explain_failures
    see = '§1 The MLP'
    with explain_failures(see):
        model = MLP(2, [16], 3)
        expect_instance(model, 'torch.nn.Module', 'MLP(2, [16], 3)', see)
        n_params = sum((p.numel() for p in model.parameters()))
        expect_close(n_params, 99, 'number of parameters of MLP(2, [16], 3): (2 + 1) * 16 + (16 + 1) * 3 (layers in a plain Python list are not registered: 0)', see)
        expect_tensor(model(torch.zeros(5, 2)), torch.zeros(5, 3), 'MLP(2, [16], 3)(torch.zeros(5, 2)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)
        out = model(torch.tensor([[1.0, -2.0], [3.0, 0.5]])).detach()
        looks_like_probs = bool((out >= 0).all() and (out <= 1).all() and torch.allclose(out.sum(dim=1), torch.ones(2), atol=0.0001))
        expect_true(not looks_like_probs, 'MLP(2, [16], 3) on 2 inputs', f'expected raw outputs (logits), returned rows that are probabilities (in [0, 1], summing to 1): {out.tolist()}. No softmax at the end: CrossEntropyLoss and Categorical(logits=...) apply it themselves.', see)
        tanh_model = MLP(4, [8, 8], 2, activation='tanh')
        expect_tensor(tanh_model(torch.zeros(1, 4)), torch.zeros(1, 2), 'MLP(4, [8, 8], 2, activation="tanh")(torch.zeros(1, 4)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)
        linear = MLP(3, [], 2)
        n_params = sum((p.numel() for p in linear.parameters()))
        expect_close(n_params, 8, 'number of parameters of MLP(3, [], 2): no hidden layer, a single nn.Linear(3, 2), (3 + 1) * 2', see)
        expect_tensor(linear(torch.zeros(4, 3)), torch.zeros(4, 2), 'MLP(3, [], 2)(torch.zeros(4, 3)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)

@test_case(points=1, hidden=False)
def test_mlp_public_by_hand(MLP, torch):
    from checks import expect_tensor, expect_true, explain_failures
    see = '§1 The MLP (an activation between layers, none after the last)'
    with explain_failures(see):
        weights = {(2, 1): torch.tensor([[1.0], [-1.0]]), (2,): torch.zeros(2), (1, 2): torch.tensor([[1.0, -1.0]]), (1,): torch.tensor([-3.0])}
        x = torch.tensor([[-2.0], [0.5], [3.0]])
        for activation, want in (('relu', x - 3.0), ('tanh', 2.0 * torch.tanh(x) - 3.0)):
            call = f'MLP(1, [2], 1, activation="{activation}")'
            model = MLP(1, [2], 1, activation=activation)
            params = [(name, p) for name, p in model.named_parameters()]
            got_shapes = sorted((tuple(p.shape) for _, p in params))
            expect_true(got_shapes == sorted(weights), f'the parameters of {call}', f'expected parameters of shapes {sorted(weights)} (nn.Linear(1, 2) and nn.Linear(2, 1)), got {got_shapes}.', see)
            state = {name: weights[tuple(p.shape)] for name, p in params}
            model.load_state_dict(state)
            out = model(x)
            expect_true(float(out.detach().min()) < 0, f'{call} with W1 = [[1], [-1]], b1 = [0, 0], W2 = [[1, -1]], b2 = [-3], at x = [[-2], [0.5], [3]]', f'expected outputs {want[:, 0].tolist()}, negative ones among them, got {out.detach()[:, 0].tolist()}, none negative: is there an activation after the last layer? The last layer stays linear.', see)
            expect_tensor(out, want, f'{call} with W1 = [[1], [-1]], b1 = [0, 0], W2 = [[1, -1]], b2 = [-3], at x = [[-2], [0.5], [3]]: {activation}(x) - {activation}(-x) - 3 (no activation after the last layer: the output can be negative)', see, rtol=1e-05, atol=1e-05, dtype=torch.float32)

