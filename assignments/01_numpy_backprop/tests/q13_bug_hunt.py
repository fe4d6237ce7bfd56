from otter.test_files import test_case

OK_FORMAT = False

name = "q13_bug_hunt"
points = 4

@test_case(points=None, hidden=False)
def test_bug_hunt_learns_public(fit_linear_sgd, np, student):
    from checks import expect_array, expect_close, expect_true, expect_tuple, explain_failures, references
    see = '§15 Find the bug'
    others = ('mse_loss', 'sgd_step', 'momentum_step', 'adam_step', 'linear_forward', 'linear_backward', 'relu', 'relu_grad', 'sigmoid', 'softmax', 'softmax_cross_entropy')
    with explain_failures(see):
        rng = np.random.default_rng(0)
        X = rng.normal(size=(100, 2))
        y = X @ np.array([2.0, -1.0]) + 0.5
        with references(student, *others):
            result = fit_linear_sgd(X, y, lr=0.1, epochs=20, batch_size=16, seed=0)
        call = 'fit_linear_sgd(X, y, lr=0.1, epochs=20, batch_size=16) on y = X @ [2, -1] + 0.5 exactly'
        w, b, losses = expect_tuple(result, 3, call, see)
        expect_true(len(losses) == 20 and float(losses[-1]) < 0.0001, f'losses from {call}', f'expected 20 epoch losses going down to almost 0 (the data are exactly linear; the variance of y is {np.var(y):.2f}), got {len(losses)} values ending with {float(losses[-1]):.4g}.', see)
        expect_array(w, np.array([2.0, -1.0]), f'w from {call}', see, atol=0.001)
        expect_close(b, 0.5, f'b from {call}', see, atol=0.001)

@test_case(points=None, hidden=False)
def test_bug_hunt_one_step_public(fit_linear_sgd, np, student):
    from checks import expect_array, expect_close, expect_tuple, explain_failures, references
    see = '§15 Find the bug (one full batch: one SGD step on the MSE)'
    others = ('mse_loss', 'sgd_step', 'momentum_step', 'adam_step', 'linear_forward', 'linear_backward', 'relu', 'relu_grad', 'sigmoid', 'softmax', 'softmax_cross_entropy')
    with explain_failures(see):
        X = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
        y = np.array([1.0, 0.0, -1.0])
        with references(student, *others):
            result = fit_linear_sgd(X, y, lr=0.3, epochs=1, batch_size=3, seed=0)
        call = 'fit_linear_sgd(X=[[1, 0], [0, 0], [0, 1]], y=[1, 0, -1], lr=0.3, epochs=1, batch_size=3)'
        w, b, losses = expect_tuple(result, 3, call, see)
        expect_array(w, np.array([0.2, -0.2]), f'w from {call}  (= -0.3 * X.T @ dpred)', see)
        expect_close(b, 0.0, f'b from {call}', see)
        expect_array(np.asarray(losses, dtype=float), np.array([2 / 3]), f'losses from {call}  (the MSE before the step: (1 + 0 + 1) / 3)', see)

@test_case(points=None, hidden=False)
def test_bug_hunt_order_public(fit_linear_sgd, np, student):
    from checks import expect_array, expect_close, expect_tuple, explain_failures, references
    see = '§15 Find the bug (one random order per epoch: rng.permutation(N))'
    others = ('mse_loss', 'sgd_step', 'momentum_step', 'adam_step', 'linear_forward', 'linear_backward', 'relu', 'relu_grad', 'sigmoid', 'softmax', 'softmax_cross_entropy')
    with explain_failures(see):
        X, y = (np.array([[1.0], [2.0]]), np.array([1.0, 2.0]))
        with references(student, *others):
            result = fit_linear_sgd(X, y, lr=0.1, epochs=1, batch_size=1, seed=3)
        call = 'fit_linear_sgd(X=[[1], [2]], y=[1, 2], lr=0.1, epochs=1, batch_size=1, seed=3)'
        w, b, losses = expect_tuple(result, 3, call, see)
        expect_array(w, np.array([0.76]), f'w from {call}', see)
        expect_close(b, 0.36, f'b from {call}  (the order [1, 0] of np.random.default_rng(3).permutation(2))', see)
        expect_array(np.asarray(losses, dtype=float), np.array([2.02]), f'losses from {call}  (the mean of the batch losses 4 and 0.04)', see)

