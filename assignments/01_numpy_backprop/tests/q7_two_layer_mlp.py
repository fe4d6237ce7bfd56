from otter.test_files import test_case

OK_FORMAT = False

name = "q7_two_layer_mlp"
points = 6

@test_case(points=None, hidden=False)
def test_two_layer_mlp_public(two_layer_mlp_loss, np, student):
    from checks import expect_array, expect_close, expect_dict, expect_tuple, explain_failures, references
    see = '§8 Backpropagation'
    layers = ('relu', 'relu_grad', 'sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'softmax', 'linear_forward', 'linear_backward', 'mse_loss', 'softmax_cross_entropy')
    with explain_failures(see):
        D, H, C = (3, 5, 4)
        params = {'W1': np.zeros((D, H)), 'b1': np.zeros(H), 'W2': np.zeros((H, C)), 'b2': np.zeros(C)}
        X = np.arange(6.0).reshape(2, D)
        y = np.array([1, 3])
        with references(student, *layers):
            result = two_layer_mlp_loss(params, X, y)
        loss, grads = expect_tuple(result, 2, 'two_layer_mlp_loss(params, X, y)', see)
        expect_close(loss, np.log(C), 'loss of two_layer_mlp_loss with all-zero params (all scores 0, so every class has probability 1/4)', see)
        grads = expect_dict(grads, ['W1', 'b1', 'W2', 'b2'], 'grads from two_layer_mlp_loss', see)
        for key, value in params.items():
            expect_array(grads[key], np.zeros(value.shape), f'grads["{key}"] (checking the shape; it must match params["{key}"])', see, atol=1e+300)
        expect_array(grads['b2'], np.array([0.25, -0.25, 0.25, -0.25]), 'grads["b2"] with all-zero params, X of 2 rows, y = [1, 3]  (the 1/N is already in dscores: do not divide again)', see)

@test_case(points=None, hidden=False)
def test_two_layer_mlp_relu_mask_public(two_layer_mlp_loss, np, student):
    from checks import expect_array, expect_close, expect_dict, expect_tuple, explain_failures, references
    see = '§8 Backpropagation (the ReLU mask comes from A1)'
    layers = ('relu', 'relu_grad', 'sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'softmax', 'linear_forward', 'linear_backward', 'mse_loss', 'softmax_cross_entropy')
    with explain_failures(see):
        params = {'W1': np.array([[1.0, -1.0]]), 'b1': np.zeros(2), 'W2': np.array([[1.0, -1.0], [-1.0, 1.0]]), 'b2': np.array([-1.0, 1.0])}
        X, y = (np.array([[1.0]]), np.array([0]))
        with references(student, *layers):
            result = two_layer_mlp_loss(params, X, y)
        loss, grads = expect_tuple(result, 2, 'two_layer_mlp_loss(params, X, y)', see)
        call = 'two_layer_mlp_loss with W1 = [[1, -1]], b1 = [0, 0], W2 = [[1, -1], [-1, 1]], b2 = [-1, 1], X = [[1]], y = [0]'
        expect_close(loss, np.log(2.0), f'loss of {call}  (scores [0, 0])', see)
        grads = expect_dict(grads, ['W1', 'b1', 'W2', 'b2'], 'grads from two_layer_mlp_loss', see)
        want = {'W2': np.array([[-0.5, 0.5], [0.0, 0.0]]), 'b2': np.array([-0.5, 0.5]), 'W1': np.array([[-1.0, 0.0]]), 'b1': np.array([-1.0, 0.0])}
        for key in ['b2', 'W2', 'b1', 'W1']:
            expect_array(grads[key], want[key], f'''grads["{key}"] of {call}  (dA1 = dH1 * ReLU'(A1) = [-1, 1] * [1, 0] = [-1, 0])''', see)

