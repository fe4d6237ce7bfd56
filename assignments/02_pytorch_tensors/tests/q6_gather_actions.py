from otter.test_files import test_case

OK_FORMAT = False

name = "q6_gather_actions"
points = 4

@test_case(points=None, hidden=False)
def test_gather_actions_public(gather_actions, torch):
    from checks import expect_tensor, expect_true, explain_failures
    see = '§7 Picking the Q-value of the action taken'
    with explain_failures(see):
        q = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
        call = 'gather_actions(torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True), torch.tensor([2, 0]))'
        got = gather_actions(q, torch.tensor([2, 0]))
        expect_tensor(got, [3.0, 4.0], call, see)
        expect_true(got.requires_grad, call, "expected a result connected to q_values' graph (requires_grad=True), got one with requires_grad=False: was it detached or rebuilt from numbers?", see)
        expect_tensor(gather_actions(torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([1])), [2.0], 'gather_actions(torch.tensor([[1., 2., 3.]]), torch.tensor([1])) (a batch of one)', see)

