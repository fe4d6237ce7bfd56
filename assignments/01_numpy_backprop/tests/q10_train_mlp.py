from otter.test_files import test_case

OK_FORMAT = False

name = "q10_train_mlp"
points = 4

@test_case(points=1, hidden=False)
def test_train_mlp_public(train_mlp, np):
    from checks import expect_array, expect_dict, explain_failures, make_moons
    see = '§11 Training an MLP'
    with explain_failures(see):
        X, y = make_moons(100, 0.25, np.random.default_rng(0))
        params = expect_dict(train_mlp(X, y, hidden=8, epochs=5), ['W1', 'b1', 'W2', 'b2'], 'train_mlp(X, y, hidden=8, epochs=5)', see)
        shapes = {'W1': (2, 8), 'b1': (8,), 'W2': (8, 2), 'b2': (2,)}
        for key, shape in shapes.items():
            expect_array(params[key], np.zeros(shape), f'params["{key}"] from train_mlp(X, y, hidden=8, epochs=5) on 2-D inputs (checking the shape)', see, atol=1e+300)

