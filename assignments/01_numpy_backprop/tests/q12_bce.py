from otter.test_files import test_case

OK_FORMAT = False

name = "q12_bce"
points = 4

@test_case(points=None, hidden=False)
def test_bce_public(bce_with_logits, np, student):
    from checks import expect_array, expect_close, expect_tuple, explain_failures, references
    see = '§14 Binary cross-entropy from logits'
    others = ('sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'relu', 'relu_grad', 'softmax', 'mse_loss', 'softmax_cross_entropy')
    with explain_failures(see):
        with references(student, *others):
            result = bce_with_logits(np.zeros(2), np.array([0.0, 1.0]))
        call = 'bce_with_logits(np.zeros(2), np.array([0., 1.]))'
        loss, dlogits = expect_tuple(result, 2, call, see)
        expect_close(loss, np.log(2.0), f'loss from {call}  (sigmoid(0) = 0.5 for both: -log 0.5)', see)
        expect_array(dlogits, np.array([0.25, -0.25]), f'dlogits from {call}  (= (sigmoid(z) - y) / 2 entries)', see)
        with references(student, *others):
            result = bce_with_logits(np.zeros((2, 2)), np.array([[1.0, 0.0], [1.0, 1.0]]))
        call = 'bce_with_logits(np.zeros((2, 2)), np.array([[1., 0.], [1., 1.]]))'
        loss, dlogits = expect_tuple(result, 2, call, see)
        expect_close(loss, np.log(2.0), f'loss from {call}', see)
        expect_array(dlogits, np.array([[-0.125, 0.125], [-0.125, -0.125]]), f'dlogits from {call}  (= (0.5 - y) / 4 entries)', see)

@test_case(points=None, hidden=False)
def test_bce_stable_public(bce_with_logits, np, student):
    from checks import expect_array, expect_close, expect_tuple, explain_failures, references
    see = '§14 Binary cross-entropy from logits (stable form)'
    others = ('sigmoid', 'sigmoid_grad', 'tanh', 'tanh_grad', 'relu', 'relu_grad', 'softmax', 'mse_loss', 'softmax_cross_entropy')
    with explain_failures(see):
        with np.errstate(all='ignore'):
            with references(student, *others):
                result = bce_with_logits(np.array([1000.0, -1000.0]), np.array([0.0, 1.0]))
            call = 'bce_with_logits(np.array([1000., -1000.]), np.array([0., 1.]))'
            loss, dlogits = expect_tuple(result, 2, call, see)
            expect_close(loss, 1000.0, f'loss from {call}  (softplus(1000) - 0 = 1000 and softplus(-1000) + 1000 = 1000: never the log of a sigmoid)', see)
            expect_array(dlogits, np.array([0.5, -0.5]), f'dlogits from {call}  (= (sigmoid(z) - y) / 2)', see, atol=1e-12)
            with references(student, *others):
                result = bce_with_logits(np.array([1000.0, -1000.0]), np.array([1.0, 0.0]))
            call = 'bce_with_logits(np.array([1000., -1000.]), np.array([1., 0.]))'
            loss, dlogits = expect_tuple(result, 2, call, see)
            expect_close(loss, 0.0, f'loss from {call}  (confident and right: no loss)', see, atol=1e-12)
            expect_array(dlogits, np.zeros(2), f'dlogits from {call}', see, atol=1e-12)

