from otter.test_files import test_case

OK_FORMAT = False

name = "q2_q_network"
points = 4

@test_case(points=1, hidden=False)
def test_q_network_public(QNetwork, torch, np):
    from checks import expect_close, expect_instance, expect_tensor, expect_true, explain_failures
    see = '§2 Function approximation (the Q-network)'
    with explain_failures(see):
        net = QNetwork(4, 2)
        expect_instance(net, 'torch.nn.Module', 'QNetwork(4, 2)', see)
        count = sum((p.numel() for p in net.parameters()))
        expect_close(count, 10934, 'number of parameters of QNetwork(4, 2) with hidden=(120, 84)', see)
        q = net(torch.zeros(5, 4))
        expect_tensor(q, torch.zeros(5, 2), 'QNetwork(4, 2)(torch.zeros(5, 4)) (checking the shape)', see, atol=1e+30)
        q = net(torch.randn(100, 4, generator=torch.Generator().manual_seed(6200)))
        expect_true(bool((q < 0).any()), 'QNetwork(4, 2)(states) for 100 random states', 'expected some negative Q-values (nothing after the output layer: Q-values are returns, any real number), returned only values >= 0.', see)

