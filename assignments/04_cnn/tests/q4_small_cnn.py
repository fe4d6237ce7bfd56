from otter.test_files import test_case

OK_FORMAT = False

name = "q4_small_cnn"
points = 4

@test_case(points=1, hidden=False)
def test_small_cnn_public(SmallCNN, torch):
    from checks import expect_instance, expect_tensor, explain_failures
    see = '§6 A small CNN in PyTorch'
    with explain_failures(see):
        model = SmallCNN()
        expect_instance(model, 'torch.nn.Module', 'SmallCNN()', see)
        out = model(torch.zeros(2, 1, 28, 28))
        expect_tensor(out, torch.zeros(2, 10), 'SmallCNN()(torch.zeros(2, 1, 28, 28)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)

