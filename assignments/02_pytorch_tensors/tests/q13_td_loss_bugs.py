from otter.test_files import test_case

OK_FORMAT = False

name = "q13_td_loss_bugs"
points = 4

@test_case(points=None, hidden=False)
def test_td_loss_bugs_public(td_loss, torch):
    from checks import expect_close, expect_tensor, expect_true, expect_tuple, explain_failures
    see = '§15 Find the bugs'
    with explain_failures(see):
        q = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
        next_q = torch.tensor([[0.0, 2.0, 0.5], [2.0, -1.0, 0.0]], requires_grad=True)
        call = 'td_loss(q=[[1., 2., 3.], [4., 5., 6.]], actions=[2, 0], rewards=[1., 0.], next_q=[[0., 2., 0.5], [2., -1., 0.]], terminated=[False, True], gamma=0.5), q and next_q requiring grad'
        loss, target = expect_tuple(td_loss(q, torch.tensor([2, 0]), torch.tensor([1.0, 0.0]), next_q, torch.tensor([False, True]), 0.5), 2, call, see)
        expect_tensor(target, [2.0, 0.0], f"target from {call} (r + gamma * max_a' Q(s', a'), the max VALUE)", see)
        expect_true(not target.requires_grad, f'target from {call}', 'expected a constant target (requires_grad=False), got one that requires grad: compute it under torch.no_grad() or detach it (§9).', see)
        expect_tensor(loss, 8.5, f'loss from {call} (shapes (B,) and (B,), not (B, 1) and (B,): §6)', see)
        expect_true(loss.requires_grad, f'loss from {call}', 'expected a loss connected to the graph of q_values (requires_grad=True), got requires_grad=False.', see)

