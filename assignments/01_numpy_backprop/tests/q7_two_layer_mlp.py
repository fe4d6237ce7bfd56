from otter.test_files import test_case

OK_FORMAT = False

name = "q7_two_layer_mlp"
points = 8

@test_case(points=None, hidden=False)
def test_two_layer_mlp_public(two_layer_mlp_loss, np):
    from checks import expect_array, expect_close, expect_dict, expect_tuple, explain_failures
    see = '§8 Backpropagation'
    with explain_failures(see):
        D, H, C = (3, 5, 4)
        params = {'W1': np.zeros((D, H)), 'b1': np.zeros(H), 'W2': np.zeros((H, C)), 'b2': np.zeros(C)}
        X = np.arange(6.0).reshape(2, D)
        y = np.array([1, 3])
        loss, grads = expect_tuple(two_layer_mlp_loss(params, X, y), 2, 'two_layer_mlp_loss(params, X, y)', see)
        expect_close(loss, np.log(C), 'loss of two_layer_mlp_loss with all-zero params (all scores 0, so every class has probability 1/4)', see)
        grads = expect_dict(grads, ['W1', 'b1', 'W2', 'b2'], 'grads from two_layer_mlp_loss', see)
        for key, value in params.items():
            expect_array(grads[key], np.zeros(value.shape), f'grads["{key}"] (checking the shape; it must match params["{key}"])', see, atol=1e+300)

