from otter.test_files import test_case

OK_FORMAT = False

name = "q4_linear"
points = 5

@test_case(points=None, hidden=False)
def test_linear_public(linear_forward, linear_backward, np):
    from checks import expect_array, expect_tuple, explain_failures
    see = '§5 Linear layers'
    with explain_failures(see):
        x = np.array([[1.0, 2.0]])
        W = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
        b = np.array([0.5, 0.0, -1.0])
        out, cache = expect_tuple(linear_forward(x, W, b), 2, 'linear_forward(x, W, b)', see)
        expect_array(out, np.array([[1.5, 2.0, 2.0]]), 'out from linear_forward([[1, 2]], [[1, 0, 1], [0, 1, 1]], [0.5, 0, -1])', see)
        dx, dW, db = expect_tuple(linear_backward(np.array([[1.0, 0.0, 0.0]]), cache), 3, 'linear_backward(dout, cache)', see)
        expect_array(dx, np.array([[1.0, 0.0]]), 'dx from linear_backward([[1, 0, 0]], cache) for the layer above', see)
        expect_array(dW, np.array([[1.0, 0.0, 0.0], [2.0, 0.0, 0.0]]), 'dW from linear_backward([[1, 0, 0]], cache) for the layer above', see)
        expect_array(db, np.array([1.0, 0.0, 0.0]), 'db from linear_backward([[1, 0, 0]], cache) for the layer above', see)

@test_case(points=None, hidden=False)
def test_linear_batch_public(linear_forward, linear_backward, np):
    from checks import expect_array, expect_tuple, explain_failures
    see = '§5 Linear layers (the backward pass)'
    with explain_failures(see):
        x = np.array([[1.0, 2.0], [3.0, 4.0]])
        W = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
        b = np.array([0.5, 0.0, -1.0])
        out, cache = expect_tuple(linear_forward(x, W, b), 2, 'linear_forward(x, W, b)', see)
        expect_array(out, np.array([[1.5, 2.0, 2.0], [3.5, 4.0, 6.0]]), 'out from linear_forward([[1, 2], [3, 4]], [[1, 0, 1], [0, 1, 1]], [0.5, 0, -1])', see)
        dout = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 2.0]])
        dx, dW, db = expect_tuple(linear_backward(dout, cache), 3, 'linear_backward(dout, cache)', see)
        case = ' from linear_backward([[1, 1, 0], [0, 1, 2]], cache) for x = [[1, 2], [3, 4]] and W above'
        expect_array(db, np.array([1.0, 2.0, 2.0]), 'db' + case + '  (db sums dout over the batch)', see)
        expect_array(dW, np.array([[1.0, 4.0, 6.0], [2.0, 6.0, 8.0]]), 'dW' + case + '  (dW = x.T @ dout)', see)
        expect_array(dx, np.array([[1.0, 1.0], [2.0, 3.0]]), 'dx' + case + '  (dx = dout @ W.T)', see)

