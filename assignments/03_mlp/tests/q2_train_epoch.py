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

@test_case(points=1.5, hidden=False)
def test_train_epoch_public_by_hand(train_epoch, torch, math, student):
    import torch.nn.utils.prune as prune_module
    from checks import expect_close, expect_tensor, expect_true, explain_failures, on_student_side
    see = '§3 The training loop'
    with explain_failures(see):
        st = on_student_side(student, torch)
        model = st.nn.Linear(1, 1)
        model.load_state_dict({'weight': torch.zeros(1, 1), 'bias': torch.zeros(1)})
        model.eval()
        on_student_side(student, prune_module).identity(model, 'weight')
        loader = [(torch.tensor([[1.0]]), torch.tensor([[2.0]])), (torch.tensor([[-1.0], [2.0]]), torch.tensor([[0.0], [3.0]]))]
        call = 'train_epoch(model, loader, nn.MSELoss(), SGD(lr=0.25), device) for a Linear(1, 1) with w = 0, b = 0 and the batches (x=[[1]], y=[[2]]), (x=[[-1], [2]], y=[[0], [3]])'
        try:
            got = train_epoch(model, loader, st.nn.MSELoss(), st.optim.SGD(model.parameters(), lr=0.25), torch.device('cpu'))
        except Exception as error:
            expect_true(False, call + ' (the layer is pruned with torch.nn.utils.prune.identity)', f'expected it to train; call the model as model(x), not model.forward(x): a pruned layer recomputes its weight in a hook that runs only when the model is called. Instead, {error}'[:900], see)
        expect_true(got is not None, call, 'returned None: replace the `...` with your code and `return` the mean loss (a float).', see)
        expect_true(isinstance(got, float), call, f'expected a Python float (take numbers out with loss.item()), got {type(got).__name__} {got!r}'[:300], see)
        expect_true(model.training is True, f'model.training after {call}, for a model left in eval mode', 'expected True (call model.train() at the start of every epoch), got False.', see)
        expect_close(got, 4 / 3, f'the value returned by {call}: losses 4 (batch of 1) and 0 (batch of 2), mean over the 3 samples (1 * 4 + 2 * 0) / 3', see, rtol=1e-05, atol=1e-07)
        expect_tensor(torch.cat([model.weight_orig.detach().reshape(1), model.bias.detach()]), torch.tensor([1.0, 1.0]), f'[w, b] after {call}: the step of batch 1 gives w = b = 1, batch 2 has zero gradient (with zero_grad before each backward, and step after it)', see, rtol=1e-05, atol=1e-06)
        model = st.nn.Linear(2, 3)
        model.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([0.0, 0.0, math.log(2.0)])})
        x = torch.ones(5, 2)
        y = torch.tensor([2, 2, 0, 1, 2])
        loader = [(x[:3], y[:3]), (x[3:], y[3:])]
        call = 'train_epoch(model, loader, nn.CrossEntropyLoss(), SGD(lr=0), device) for a Linear(2, 3) with zero weights and bias [0, 0, log 2], labels [2, 2, 0] and [1, 2] (int64)'
        got = train_epoch(model, loader, st.nn.CrossEntropyLoss(), st.optim.SGD(model.parameters(), lr=0.0), torch.device('cpu'))
        expect_true(isinstance(got, float), call, f'expected a Python float, got {type(got).__name__} {got!r}'[:300], see)
        expect_close(got, 7 / 5 * math.log(2.0), f'the value returned by {call}: (3 log 2 + 2 log 4) / 5 (the loss takes the raw logits and the int64 labels as they are)', see, rtol=1e-05, atol=1e-07)

