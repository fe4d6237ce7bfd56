from otter.test_files import test_case

OK_FORMAT = False

name = "q10_train_mlp"
points = 4

@test_case(points=1, hidden=False)
def test_train_mlp_public(train_mlp, np, student):
    from checks import expect_array, expect_dict, explain_failures, make_moons, references
    see = '§11 Training an MLP'
    others = ('relu', 'relu_grad', 'sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'softmax', 'linear_forward', 'linear_backward', 'mse_loss', 'softmax_cross_entropy', 'two_layer_mlp_loss', 'numerical_gradient', 'relative_error', 'sgd_step', 'momentum_step', 'adam_step')
    with explain_failures(see):
        X, y = make_moons(100, 0.25, np.random.default_rng(0))
        with references(student, *others):
            params = train_mlp(X, y, hidden=8, epochs=5)
        params = expect_dict(params, ['W1', 'b1', 'W2', 'b2'], 'train_mlp(X, y, hidden=8, epochs=5)', see)
        shapes = {'W1': (2, 8), 'b1': (8,), 'W2': (8, 2), 'b2': (2,)}
        for key, shape in shapes.items():
            expect_array(params[key], np.zeros(shape), f'params["{key}"] from train_mlp(X, y, hidden=8, epochs=5) on 2-D inputs (checking the shape)', see, atol=1e+300)

@test_case(points=1, hidden=False)
def test_train_mlp_learns_public(train_mlp, np, student):
    from checks import expect_dict, expect_true, explain_failures, make_moons, references
    see = '§11 Training an MLP'
    others = ('relu', 'relu_grad', 'sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'softmax', 'linear_forward', 'linear_backward', 'mse_loss', 'softmax_cross_entropy', 'two_layer_mlp_loss', 'numerical_gradient', 'relative_error', 'sgd_step', 'momentum_step', 'adam_step')
    with explain_failures(see):
        X, y = make_moons(100, 0.1, np.random.default_rng(0))
        with references(student, *others):
            params = train_mlp(X, y)
        params = expect_dict(params, ['W1', 'b1', 'W2', 'b2'], 'train_mlp(X, y)', see)
        scores = np.maximum(X @ params['W1'] + params['b1'], 0.0) @ params['W2'] + params['b2']
        accuracy = float(np.mean(scores.argmax(axis=1) == y))
        expect_true(accuracy >= 0.95, 'training accuracy of train_mlp(X, y) with your default arguments', f'expected at least 0.95 on its own 100 training points (two moons, noise 0.1: a trained network fits them almost perfectly; an untrained one gets about 0.5), got {accuracy:.3f}. Does each step move against the gradient, for enough epochs?', see)

