from otter.test_files import test_case

OK_FORMAT = False

name = "q3_perceptron"
points = 4

@test_case(points=None, hidden=False)
def test_perceptron_public(perceptron_train, np):
    from checks import expect_array, expect_tuple, explain_failures
    see = '§4 The perceptron'
    with explain_failures(see):
        X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
        y = np.array([0, 0, 0, 1])
        w, b = expect_tuple(perceptron_train(X, y), 2, 'perceptron_train(X_and, y_and)', see)
        expect_array(w, np.zeros(2), 'w from perceptron_train(X_and, y_and) (checking the shape)', see, atol=1e+300)
        y_hat = (X @ w + b >= 0).astype(np.int64)
        expect_array(y_hat, y, 'predictions step(X_and @ w + b) of the trained perceptron on AND (X_and = [[0, 0], [0, 1], [1, 0], [1, 1]])', see)

@test_case(points=None, hidden=False)
def test_perceptron_one_epoch_public(perceptron_train, np):
    from checks import expect_array, expect_close, expect_tuple, explain_failures
    see = '§4 The perceptron (the update rule, example by example)'
    with explain_failures(see):
        X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
        y = np.array([0, 0, 0, 1])
        w, b = expect_tuple(perceptron_train(X, y, epochs=1), 2, 'perceptron_train(X_and, y_and, epochs=1)', see)
        trace = 'perceptron_train(X_and, y_and, epochs=1): one pass in order, updating after each example (by hand: b = -1 after (0, 0), then w = (1, 1), b = 0 after (1, 1))'
        expect_array(w, np.array([1.0, 1.0]), 'w from ' + trace, see)
        expect_close(b, 0.0, 'b from ' + trace, see)

