from otter.test_files import test_case

OK_FORMAT = False

name = "q9_optimizers"
points = 6

@test_case(points=None, hidden=False)
def test_optimizers_public(sgd_step, momentum_step, adam_step, np):
    from checks import expect_array, expect_tuple, explain_failures
    see = '§10 Optimisers'
    with explain_failures(see):
        expect_array(sgd_step(np.array([1.0, 2.0]), np.array([0.5, -1.0]), 0.1), np.array([0.95, 2.1]), 'sgd_step(np.array([1., 2.]), np.array([0.5, -1.]), 0.1)', see)
        w, v = expect_tuple(momentum_step(np.array([1.0]), np.array([2.0]), np.array([0.0]), 0.1), 2, 'momentum_step(w, dw, v, lr)', see)
        expect_array(v, np.array([-0.2]), 'v from momentum_step(w=[1.], dw=[2.], v=[0.], lr=0.1)  (v = mu * v - lr * dw)', see)
        expect_array(w, np.array([0.8]), 'w from momentum_step(w=[1.], dw=[2.], v=[0.], lr=0.1)  (w = w + v)', see)
        w, m, v = expect_tuple(adam_step(np.array([1.0, 1.0]), np.array([2.0, -3.0]), np.zeros(2), np.zeros(2), 1, lr=0.1), 3, 'adam_step(w, dw, m, v, t=1, lr=0.1)', see)
        expect_array(w, np.array([0.9, 1.1]), 'w from adam_step(w=[1., 1.], dw=[2., -3.], m=0, v=0, t=1, lr=0.1)  (the first step has size lr)', see, rtol=1e-06, atol=1e-07)
        expect_array(m, np.zeros(2), 'm from adam_step (checking the shape)', see, atol=1e+300)
        expect_array(v, np.zeros(2), 'v from adam_step (checking the shape)', see, atol=1e+300)

@test_case(points=None, hidden=False)
def test_optimizers_traps_public(momentum_step, adam_step, np):
    from checks import expect_array, expect_tuple, explain_failures
    see = '§10 Optimisers'
    with explain_failures(see):
        w, v = expect_tuple(momentum_step(np.array([1.0]), np.array([2.0]), np.array([1.0]), 0.1, mu=0.5), 2, 'momentum_step(w, dw, v, lr, mu=0.5)', see)
        expect_array(v, np.array([0.3]), 'v from momentum_step(w=[1.], dw=[2.], v=[1.], lr=0.1, mu=0.5)  (= 0.5 * 1 - 0.1 * 2)', see)
        expect_array(w, np.array([1.3]), 'w from momentum_step(w=[1.], dw=[2.], v=[1.], lr=0.1, mu=0.5)  (= 1 + 0.3)', see)
        w, _, _ = expect_tuple(adam_step(np.zeros(1), np.array([1e-09]), np.zeros(1), np.zeros(1), 1, lr=0.11), 3, 'adam_step(w, dw, m, v, t=1, lr=0.11)', see)
        expect_array(w, np.array([-0.01]), 'w from adam_step(w=[0.], dw=[1e-9], m=0, v=0, t=1, lr=0.11)  (= -lr * 1e-9 / (sqrt(1e-18) + 1e-8): eps goes outside the square root)', '§10 Optimisers (Adam)', rtol=1e-06, atol=1e-12)

