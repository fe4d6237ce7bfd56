from otter.test_files import test_case

OK_FORMAT = False

name = "q8_sgd_update"
points = 4

@test_case(points=None, hidden=False)
def test_sgd_update_public(sgd_update_, torch):
    from checks import expect_tensor, expect_true, explain_failures
    see = '§9 Gradient accumulation, torch.no_grad and detach'
    with explain_failures(see):
        w = torch.tensor([1.0, 2.0], requires_grad=True)
        b = torch.tensor(0.5, requires_grad=True)
        w.grad = torch.tensor([0.5, -1.0])
        b.grad = torch.tensor(2.0)
        sgd_update_([w, b], lr=0.1)
        call = 'sgd_update_([w, b], lr=0.1) with w=[1., 2.], w.grad=[0.5, -1.], b=0.5, b.grad=2.'
        expect_tensor(w.detach(), [0.95, 2.1], f'w after {call}', see)
        expect_tensor(b.detach(), 0.3, f'b after {call}', see)
        for name, p in (('w', w), ('b', b)):
            expect_true(p.grad is None or not bool(p.grad.any()), f'{name}.grad after {call}', f'expected the gradient to be reset (zero or None), got {p.grad}.', see)
        v = torch.tensor([1.0], requires_grad=True)
        v.grad = torch.tensor([2.0])
        unused = torch.tensor([7.0], requires_grad=True)
        call = 'sgd_update_((v, unused), lr=0.5), a tuple, with v=[1.], v.grad=[2.], unused=[7.], unused.grad=None'
        sgd_update_((v, unused), lr=0.5)
        expect_tensor(v.detach(), [0.0], f'v after {call}', see)
        expect_tensor(unused.detach(), [7.0], f'unused after {call} (skipped: no gradient)', see)

