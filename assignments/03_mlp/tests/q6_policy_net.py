from otter.test_files import test_case

OK_FORMAT = False

name = "q6_policy_net"
points = 2

@test_case(points=None, hidden=False)
def test_policy_net_public(PolicyNet, torch, student):
    from checks import expect_close, expect_instance, expect_tensor, expect_true, explain_failures, references
    see = '§8 Policy networks'
    with explain_failures(see):
        with references(student, 'MLP'):
            net = PolicyNet(4, 2)
            expect_instance(net, 'torch.nn.Module', 'PolicyNet(4, 2)', see)
            expect_tensor(net(torch.zeros(3, 4)), torch.zeros(3, 2), 'PolicyNet(4, 2)(torch.zeros(3, 4)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)
            n_params = sum((p.numel() for p in net.parameters()))
            expect_close(n_params, 5 * 64 + 65 * 64 + 65 * 2, 'number of parameters of PolicyNet(4, 2): (4+1)*64 + (64+1)*64 + (64+1)*2', see)
            small = PolicyNet(3, 2, hidden=8)
            n_params = sum((p.numel() for p in small.parameters()))
            expect_close(n_params, 4 * 8 + 9 * 8 + 9 * 2, 'number of parameters of PolicyNet(3, 2, hidden=8): two hidden layers of `hidden` units, (3+1)*8 + (8+1)*8 + (8+1)*2', see)
            obs = torch.tensor([[1.0, -2.0, 0.5], [0.0, 3.0, -1.0]])
            out = small(obs).detach()
            looks_like_probs = bool((out >= 0).all() and torch.allclose(out.sum(dim=1), torch.ones(2), atol=0.0001))
            expect_true(not looks_like_probs, 'PolicyNet(3, 2, hidden=8)(obs) for 2 observations', f'expected logits (any real numbers), returned rows that are probabilities (non-negative, summing to 1): {out.tolist()}. No softmax in the network: Categorical(logits=...) normalises.', see)

