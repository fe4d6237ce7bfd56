from otter.test_files import test_case

OK_FORMAT = False

name = "q7_train_cnn"
points = 6

@test_case(points=1, hidden=False)
def test_train_cnn_public(train_cnn, student, torch):
    from checks import expect_close, expect_true, explain_failures, on_student_side
    see = '§8 Training the CNN'
    with explain_failures(see):
        tnn = on_student_side(student, torch).nn
        model = tnn.Sequential(tnn.Flatten(), tnn.Linear(16, 3))
        before = [p.detach().clone() for p in model.parameters()]
        gen = torch.Generator().manual_seed(0)
        loader = [(torch.randn(5, 1, 4, 4, generator=gen), torch.randint(0, 3, (5,), generator=gen)) for _ in range(3)]
        call = "train_cnn(model, loader, 2, torch.device('cpu')) with 3 batches"
        losses = train_cnn(model, loader, 2, torch.device('cpu'))
        expect_true(isinstance(losses, list), call, f'expected a list of 6 floats, returned {type(losses).__name__}.', see)
        expect_close(len(losses), 6, f'len({call})', see)
        for i, loss in enumerate(losses):
            expect_true(isinstance(loss, float), call, f'expected Python floats (loss.item()), item {i} is {type(loss).__name__} {loss!r}.', see)
        after = [p for p in model.parameters()]
        expect_true(any((float((a.detach() - b).abs().max()) > 0 for a, b in zip(after, before))), call, "expected the model's parameters to change, returned with them unchanged.", see)

