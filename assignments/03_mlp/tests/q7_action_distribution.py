from otter.test_files import test_case

OK_FORMAT = False

name = "q7_action_distribution"
points = 2

@test_case(points=None, hidden=False)
def test_action_distribution_public(action_distribution, torch, math):
    from checks import expect_instance, expect_tensor, explain_failures
    see = '§8 Policy networks (Categorical(logits=...))'
    with explain_failures(see):
        dist = action_distribution(torch.tensor([[0.0, math.log(3.0)]]))
        expect_instance(dist, 'torch.distributions.Categorical', 'action_distribution([[0, log 3]])', see)
        expect_tensor(dist.probs, torch.tensor([[0.25, 0.75]]), 'action_distribution([[0, log 3]]).probs', see)

