from otter.test_files import test_case

OK_FORMAT = False

name = "q6_policy_net"
points = 2

@test_case(points=None, hidden=False)
def test_policy_net_public(PolicyNet, torch):
    from checks import expect_close, expect_instance, expect_tensor, explain_failures
    see = '§8 Policy networks'
    with explain_failures(see):
        net = PolicyNet(4, 2)
        expect_instance(net, 'torch.nn.Module', 'PolicyNet(4, 2)', see)
        expect_tensor(net(torch.zeros(3, 4)), torch.zeros(3, 2), 'PolicyNet(4, 2)(torch.zeros(3, 4)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)
        n_params = sum((p.numel() for p in net.parameters()))
        expect_close(n_params, 5 * 64 + 65 * 64 + 65 * 2, 'number of parameters of PolicyNet(4, 2): (4+1)*64 + (64+1)*64 + (64+1)*2', see)

