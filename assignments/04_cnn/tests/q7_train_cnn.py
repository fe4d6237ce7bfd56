from otter.test_files import test_case

OK_FORMAT = False

name = "q7_train_cnn"
points = 6

@test_case(points=1, hidden=False)
def test_train_cnn_public(train_cnn, student, torch):
    from checks import expect_close, expect_true, explain_failures, on_student_side
    see = '§8 Training the CNN'
    with explain_failures(see):
        student_torch = on_student_side(student, torch)
        tnn = student_torch.nn
        gen = torch.Generator().manual_seed(0)
        loader = [(torch.randn(5, 1, 4, 4, generator=gen), torch.randint(0, 3, (5,), generator=gen)) for _ in range(3)]
        model = tnn.Sequential(tnn.Flatten(), tnn.Linear(16, 3))
        before = [p.detach().clone() for p in model.parameters()]
        call = "train_cnn(model, loader, 2, torch.device('cpu')) with 3 batches"
        losses = train_cnn(model, loader, 2, torch.device('cpu'))
        expect_true(isinstance(losses, list), call, f'expected a list of 6 floats, returned {type(losses).__name__}.', see)
        expect_close(len(losses), 6, f'len({call})', see)
        for i, loss in enumerate(losses):
            expect_true(isinstance(loss, float), call, f'expected Python floats (loss.item()), item {i} is {type(loss).__name__} {loss!r}.', see)
        after = [p for p in model.parameters()]
        expect_true(any((float((a.detach() - b).abs().max()) > 0 for a, b in zip(after, before))), call, "expected the model's parameters to change, returned with them unchanged.", see)
        student_torch.manual_seed(1)
        linear = tnn.Linear(16, 3, bias=False)
        model = tnn.Sequential(tnn.Flatten(), linear)
        start = linear.weight.detach().clone()
        call = "train_cnn(model, loader[:1], 1, 'cpu', lr=0.05) with model = Sequential(Flatten, Linear(16, 3, bias=False))"
        train_cnn(model, loader[:1], 1, 'cpu', lr=0.05)
        moved = (linear.weight.detach() - start).abs()
        expect_true(bool(((moved - 0.05).abs() < 0.001).all()), call, f"expected Adam's first step to move every weight by lr = 0.05, moved them by {float(moved.min()):.4g} to {float(moved.max()):.4g}: pass lr to torch.optim.Adam.", see)
        student_torch.manual_seed(1)
        linear = tnn.Linear(16, 3, bias=False)
        model = tnn.Sequential(tnn.Flatten(), linear)
        zeros = (torch.zeros(4, 1, 4, 4), torch.tensor([0, 1, 2, 0]))
        call = "train_cnn(model, [loader[0], zeros], 1, 'cpu', lr=0.05) with the same model and a last batch of zero images"
        train_cnn(model, [loader[0], zeros], 1, 'cpu', lr=0.05)
        weight = linear.weight
        moved = (weight.detach() - start).abs()
        expect_true(bool((moved > 0.06).all()), call, f"expected Adam's momentum to move every weight further than its first step (0.05) during the batch of zeros, moved them by {float(moved.min()):.4g} to {float(moved.max()):.4g} in all: create one optimizer before the loop, not one per batch.", see)
        grad = weight.grad
        expect_true(grad is None or float(grad.abs().max()) == 0.0, call, f"expected the weight's .grad to hold the last batch's gradient, zero for images of zeros, found values up to {(float(grad.abs().max()) if grad is not None else 0):.4g}: gradients accumulate, call optimizer.zero_grad() before loss.backward().", see)
        model = tnn.Sequential(tnn.Flatten(), tnn.Linear(16, 3))
        call = "train_cnn(model, loader[:1], 40, 'cpu', lr=0.1) (40 steps on one batch of 5 images)"
        losses = train_cnn(model, loader[:1], 40, 'cpu', lr=0.1)
        expect_true(isinstance(losses, list) and len(losses) == 40 and (losses[-1] < 0.3), call, f'expected the last loss below 0.3 (the mean cross-entropy of the logits), returned {(losses[-1] if isinstance(losses, list) and losses else losses)!r}: pass the logits, not probabilities, to nn.CrossEntropyLoss.', see)

