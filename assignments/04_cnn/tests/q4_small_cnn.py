from otter.test_files import test_case

OK_FORMAT = False

name = "q4_small_cnn"
points = 4

@test_case(points=1, hidden=False)
def test_small_cnn_public(SmallCNN, student, torch):
    from checks import expect_instance, expect_tensor, expect_true, explain_failures, references
    see = '§6 A small CNN in PyTorch'
    with explain_failures(see), references(student, 'conv_output_size'):
        model = SmallCNN()
        expect_instance(model, 'torch.nn.Module', 'SmallCNN()', see)
        out = model(torch.zeros(2, 1, 28, 28))
        expect_tensor(out, torch.zeros(2, 10), 'SmallCNN()(torch.zeros(2, 1, 28, 28)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)
        out = out.detach()
        expect_true(not (bool((out >= 0).all()) and bool(torch.allclose(out.sum(dim=1), torch.ones(2), atol=0.0001))), 'SmallCNN()(torch.zeros(2, 1, 28, 28))', 'expected raw scores (logits), returned rows of probabilities (non-negative, summing to 1): remove the softmax, nn.CrossEntropyLoss applies it.', see + ' (scores, not probabilities)')
        out = SmallCNN(num_classes=3)(torch.zeros(5, 1, 28, 28))
        expect_tensor(out, torch.zeros(5, 3), 'SmallCNN(num_classes=3)(torch.zeros(5, 1, 28, 28)) (checking the shape)', see, atol=1e+30, dtype=torch.float32)

