from otter.test_files import test_case

OK_FORMAT = False

name = "q3_nature_dqn"
points = 5

@test_case(points=1, hidden=False)
def test_nature_dqn_public(NatureDQN, torch, np):
    from checks import expect_close, expect_instance, expect_tensor, expect_true, explain_failures
    see = '§3 The Nature DQN architecture'
    with explain_failures(see):
        net = NatureDQN(4)
        expect_instance(net, 'torch.nn.Module', 'NatureDQN(4)', see)
        count = sum((p.numel() for p in net.parameters()))
        expect_close(count, 1686180, 'number of parameters of NatureDQN(4)', see)
        frames = torch.from_numpy(np.random.default_rng(0).integers(0, 256, size=(3, 4, 84, 84), dtype=np.uint8))
        q = net(frames)
        expect_tensor(q, torch.zeros(3, 4), 'NatureDQN(4)(frames) for uint8 frames of shape (3, 4, 84, 84) (checking the shape)', see, atol=1e+30, dtype=torch.float32)
        expect_true(bool(q.abs().max() < 0.5), 'NatureDQN(4)(frames) for random uint8 frames of shape (3, 4, 84, 84)', f'expected the small Q-values of an untrained network on inputs scaled to [0, 1] (all below 0.5 in size), returned values up to {q.abs().max().item():.3g}: divide the frames by 255.', see)

