from otter.test_files import test_case

OK_FORMAT = False

name = "q6_gather_actions"
points = 4

@test_case(points=None, hidden=False)
def test_gather_actions_public(gather_actions, torch):
    from checks import expect_tensor, explain_failures
    see = '§7 Picking the Q-value of the action taken'
    with explain_failures(see):
        q = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        expect_tensor(gather_actions(q, torch.tensor([2, 0])), [3.0, 4.0], 'gather_actions([[1., 2., 3.], [4., 5., 6.]], torch.tensor([2, 0]))', see)

