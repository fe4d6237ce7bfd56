from otter.test_files import test_case

OK_FORMAT = False

name = "q7_linear_and_grads"
points = 4

@test_case(points=None, hidden=False)
def test_linear_and_grads_public(linear_and_grads, torch):
    from checks import expect_tensor, expect_tuple, explain_failures
    see = '§8 Autograd and the computation graph (the worked example)'
    with explain_failures(see):
        x = torch.tensor([1.0, 2.0, 3.0])
        w = torch.tensor([0.5, -1.0, 2.0])
        b = torch.tensor(0.25)
        call = 'linear_and_grads(x=[1., 2., 3.], w=[0.5, -1., 2.], b=0.25)'
        y, dy_dx, dy_dw, dy_db = expect_tuple(linear_and_grads(x, w, b), 4, call, see)
        expect_tensor(y, 4.75, f'y from {call}', see)
        expect_tensor(dy_dx, [0.5, -1.0, 2.0], f'dy_dx from {call}', see)
        expect_tensor(dy_dw, [1.0, 2.0, 3.0], f'dy_dw from {call}', see)
        expect_tensor(dy_db, 1.0, f'dy_db from {call}', see)
        x, w, b = (t.clone().requires_grad_(True) for t in (x, w, b))
        for t in (x, w, b):
            t.grad = torch.ones_like(t)
        call = 'linear_and_grads(x, w, b) for the same values, requiring grad and already holding a .grad of ones (§8, last rule of thumb)'
        y, dy_dx, dy_dw, dy_db = expect_tuple(linear_and_grads(x, w, b), 4, call, see)
        expect_tensor(dy_dx, [0.5, -1.0, 2.0], f'dy_dx from {call}', see)
        expect_tensor(dy_dw, [1.0, 2.0, 3.0], f'dy_dw from {call}', see)
        expect_tensor(dy_db, 1.0, f'dy_db from {call}', see)

