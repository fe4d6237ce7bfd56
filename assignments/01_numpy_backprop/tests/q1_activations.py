from otter.test_files import test_case

OK_FORMAT = False

name = "q1_activations"
points = 5

@test_case(points=None, hidden=False)
def test_activations_public(sigmoid, tanh, relu, sigmoid_grad, tanh_grad, relu_grad, np):
    from checks import expect_array, explain_failures
    see = '§2 Activation functions'
    with explain_failures(see):
        zeros = np.zeros((2, 3))
        expect_array(sigmoid(zeros), np.full((2, 3), 0.5), 'sigmoid(np.zeros((2, 3)))', see)
        expect_array(tanh(zeros), np.zeros((2, 3)), 'tanh(np.zeros((2, 3)))', see)
        expect_array(relu(np.array([[-1.0, 0.0, 2.0]])), np.array([[0.0, 0.0, 2.0]]), 'relu(np.array([[-1., 0., 2.]]))', see)
        expect_array(sigmoid_grad(np.zeros(3)), np.full(3, 0.25), 'sigmoid_grad(np.zeros(3))', see)
        expect_array(tanh_grad(np.zeros(3)), np.ones(3), 'tanh_grad(np.zeros(3))', see)
        expect_array(relu_grad(np.array([-1.0, 2.0])), np.array([0.0, 1.0]), 'relu_grad(np.array([-1., 2.]))', see)

@test_case(points=None, hidden=False)
def test_activations_traps_public(sigmoid, tanh_grad, relu_grad, np):
    from checks import expect_array, explain_failures
    see = '§2 Activation functions'
    with explain_failures(see):
        with np.errstate(all='ignore'):
            expect_array(sigmoid(np.array([-1000.0, 1000.0])), np.array([0.0, 1.0]), 'sigmoid(np.array([-1000., 1000.]))  (never nan: use the stable form of §2)', '§2 Activation functions (numerical stability)', atol=1e-12)
        expect_array(relu_grad(np.array([-1.0, 0.0, 2.0])), np.array([0.0, 0.0, 1.0]), "relu_grad(np.array([-1., 0., 2.]))  (the convention of §2: ReLU'(0) = 0)", see)
        expect_array(tanh_grad(np.array([np.log(3.0) / 2])), np.array([0.75]), 'tanh_grad(np.array([np.log(3.) / 2]))  (tanh there is 0.5, so 1 - 0.5**2)', see)

