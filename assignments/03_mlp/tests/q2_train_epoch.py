from otter.test_files import test_case

OK_FORMAT = False

name = "q2_train_epoch"
points = 5

@test_case(points=1, hidden=False)
def test_train_epoch_public(train_epoch, torch, math, student):
    from checks import expect_true, explain_failures, on_student_side
    see = '§3 The training loop'
    with explain_failures(see):
        st = on_student_side(student, torch)
        gen = torch.Generator().manual_seed(0)
        x = torch.randn(10, 2, generator=gen)
        y = (x[:, 0] > 0).long()
        loader = [(x[:4], y[:4]), (x[4:8], y[4:8]), (x[8:], y[8:])]
        model = st.nn.Sequential(st.nn.Linear(2, 8), st.nn.Tanh(), st.nn.Linear(8, 2))
        optimizer = st.optim.SGD(model.parameters(), lr=0.5)
        call = "train_epoch(model, loader, nn.CrossEntropyLoss(), optimizer, torch.device('cpu'))"
        first = train_epoch(model, loader, st.nn.CrossEntropyLoss(), optimizer, torch.device('cpu'))
        expect_true(first is not None, call, 'returned None: replace the `...` with your code and `return` the mean loss (a float).', see)
        expect_true(isinstance(first, float), call, f'expected a Python float (the mean loss), got {type(first).__name__} {first!r}'[:300], see)
        expect_true(math.isfinite(first) and first > 0, call, f'expected a positive finite cross-entropy, got {first}.', see)
        for _ in range(30):
            last = train_epoch(model, loader, st.nn.CrossEntropyLoss(), optimizer, torch.device('cpu'))
        expect_true(isinstance(last, float) and last < first, 'the loss after 30 more epochs on the same 10 points (SGD, lr=0.5)', f'expected it to go down from {first:.4f}, got {last!r}.', see)

