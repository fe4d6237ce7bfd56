from otter.test_files import test_case

OK_FORMAT = False

name = "q11_deep_mlp"
points = 6

@test_case(points=None, hidden=False)
def test_deep_mlp_one_layer_public(deep_mlp_loss, np, student):
    from checks import expect_array, expect_close, expect_dict, expect_tuple, explain_failures, references
    see = '§13 Deeper networks'
    layers = ('relu', 'relu_grad', 'sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'softmax', 'linear_forward', 'linear_backward', 'mse_loss', 'softmax_cross_entropy')
    with explain_failures(see):
        params = {'W1': np.zeros((2, 2)), 'b1': np.zeros(2)}
        with references(student, *layers):
            result = deep_mlp_loss(np.array([[1.0, 2.0]]), np.array([0]), params)
        call = 'deep_mlp_loss(np.array([[1., 2.]]), np.array([0]), {W1: zeros (2, 2), b1: zeros (2,)})'
        loss, grads = expect_tuple(result, 2, call, see)
        expect_close(loss, np.log(2.0), f'loss of {call}  (one layer, scores [0, 0])', see)
        grads = expect_dict(grads, ['W1', 'b1'], f'grads of {call}', see)
        expect_array(grads['b1'], np.array([-0.5, 0.5]), f'grads["b1"] of {call}  (= dS = p - one_hot(0))', see)
        expect_array(grads['W1'], np.array([[-0.5, 0.5], [-1.0, 1.0]]), f'grads["W1"] of {call}  (= X.T @ dS)', see)

@test_case(points=None, hidden=False)
def test_deep_mlp_three_layers_public(deep_mlp_loss, np, student):
    from checks import expect_array, expect_close, expect_dict, expect_tuple, explain_failures, references
    see = '§13 Deeper networks'
    layers = ('relu', 'relu_grad', 'sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'softmax', 'linear_forward', 'linear_backward', 'mse_loss', 'softmax_cross_entropy')
    with explain_failures(see):
        params = {'W1': np.array([[1.0, -1.0]]), 'b1': np.zeros(2), 'W2': np.eye(2), 'b2': np.array([0.0, -1.0]), 'W3': np.array([[1.0, -1.0], [-1.0, 1.0]]), 'b3': np.array([-1.0, 1.0])}
        with references(student, *layers):
            result = deep_mlp_loss(np.array([[1.0]]), np.array([0]), params)
        call = 'deep_mlp_loss(X=[[1]], y=[0], params) with W1 = [[1, -1]], b1 = [0, 0], W2 = [[1, 0], [0, 1]], b2 = [0, -1], W3 = [[1, -1], [-1, 1]], b3 = [-1, 1]'
        loss, grads = expect_tuple(result, 2, call, see)
        expect_close(loss, np.log(2.0), f'loss of {call}  (scores [0, 0])', see)
        grads = expect_dict(grads, ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'], f'grads of {call}', see)
        want = {'W3': np.array([[-0.5, 0.5], [0.0, 0.0]]), 'b3': np.array([-0.5, 0.5]), 'W2': np.array([[-1.0, 0.0], [0.0, 0.0]]), 'b2': np.array([-1.0, 0.0]), 'W1': np.array([[-1.0, 0.0]]), 'b1': np.array([-1.0, 0.0])}
        hint = {'W3': 'no ReLU after the last layer', 'b3': 'no ReLU after the last layer', 'W2': "dA2 = dH2 * ReLU'(A2) = [-1, 0]", 'b2': "dA2 = dH2 * ReLU'(A2) = [-1, 0]", 'W1': "dA1 = dH1 * ReLU'(A1) = [-1, 0]", 'b1': "dA1 = dH1 * ReLU'(A1) = [-1, 0]"}
        for key in ['b3', 'W3', 'b2', 'W2', 'b1', 'W1']:
            expect_array(grads[key], want[key], f'grads["{key}"] of {call}  ({hint[key]})', see)

