from otter.test_files import test_case

OK_FORMAT = False

name = "q8_experiment"
points = 6

@test_case(points=None, hidden=False)
def test_make_mlp_public(make_mlp, torch):
    from checks import expect_instance, expect_shape, expect_tensor, expect_true, explain_failures
    see = '§9 The experiment (make_mlp)'
    with explain_failures(see):
        model = make_mlp(3, 16, 4, dropout=0.5)
        expect_instance(model, 'torch.nn.Module', 'make_mlp(3, 16, 4, dropout=0.5)', see)
        count = sum((p.numel() for p in model.parameters()))
        expect_true(count == 3 * 16 + 16 + 16 * 16 + 16 + 16 * 4 + 4, 'the number of parameters of make_mlp(3, 16, 4)', f'expected {3 * 16 + 16 + 16 * 16 + 16 + 16 * 4 + 4} (Linear(3, 16), Linear(16, 16), Linear(16, 4)), returned {count}.', see)
        x = torch.linspace(-1.0, 1.0, 30).reshape(10, 3)
        model.eval()
        first = model(x)
        expect_shape(first, (10, 4), 'make_mlp(3, 16, 4, dropout=0.5) in eval mode on x of shape (10, 3)', see)
        expect_tensor(model(x), first.detach(), 'a second call in eval mode (dropout is off: the same output)', see)

@test_case(points=None, hidden=False)
def test_fit_public(fit, torch, student):
    from checks import expect_close, expect_dict, expect_tensor, expect_true, explain_failures, on_student_side, references
    see = '§9 The experiment (fit)'
    keys = ['train_loss', 'val_loss', 'train_acc', 'val_acc']
    with explain_failures(see):
        st = on_student_side(student, torch)
        X = torch.tensor([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0], [2.0, 1.0], [-1.0, 0.5]])
        y = torch.tensor([0, 1, 1, 0, 1, 0])
        model = st.nn.Sequential(st.nn.Linear(2, 8), st.nn.ReLU(), st.nn.Linear(8, 2))
        call = 'fit(model, X_train (6, 2), y_train, X_val (6, 2), y_val, epochs=2, batch_size=4)'
        with references(student, 'make_optimizer', 'EarlyStopping'):
            history = expect_dict(fit(model, X, y, X.clone(), y.clone(), epochs=2, batch_size=4), keys, call, see)
        for key in keys:
            values = history[key]
            expect_true(isinstance(values, list) and len(values) == 2, f'history["{key}"] from {call}', f'expected a list of 2 floats (one per epoch), returned {values!r}'[:300] + '.', see)
            expect_true(all((type(v) is float for v in values)), f'history["{key}"] from {call}', f'expected Python floats (use .item()), returned {[type(v).__name__ for v in values]}.', see)
        expect_true(all((0.0 <= a <= 1.0 for a in history['train_acc'] + history['val_acc'])), f'the accuracies from {call}', f"expected values in [0, 1], returned {history['train_acc']} and {history['val_acc']}.", see)
        model = st.nn.Sequential(st.nn.Linear(2, 3), st.nn.ReLU(), st.nn.Linear(3, 2))
        model.load_state_dict({'0.weight': torch.full((3, 2), -1.0), '0.bias': torch.full((3,), -1.0), '2.weight': torch.full((2, 3), 0.5), '2.bias': torch.zeros(2)})
        call = 'fit(model whose ReLU layer is dead on X, X, y, X, y, epochs=2, lr=0.1, weight_decay=0.5, batch_size=4)'
        with references(student, 'make_optimizer', 'EarlyStopping'):
            expect_dict(fit(model, X, y, X.clone(), y.clone(), epochs=2, lr=0.1, weight_decay=0.5, batch_size=4), keys, call, see)
        state = model.state_dict()
        expect_tensor(state['0.weight'], torch.full((3, 2), -0.95 ** 4), f'the weight "0.weight" after {call} (all -1 before; 4 AdamW steps with a zero loss gradient multiply it by 0.95 ** 4: is weight_decay passed to make_optimizer, and is there one step per mini-batch?)', see, rtol=1e-05)
        expect_tensor(state['2.weight'], torch.full((2, 3), 0.5 * 0.95 ** 4), f'the weight "2.weight" after {call}', see, rtol=1e-05)
        expect_tensor(state['0.bias'], torch.full((3,), -1.0), f'the bias "0.bias" after {call} (zero gradient and no decay for biases: unchanged)', see)
        model = st.nn.Sequential(st.nn.BatchNorm1d(2), st.nn.Linear(2, 2))
        call = 'fit(Sequential(BatchNorm1d(2), Linear(2, 2)), X (6, 2), y, X, y, epochs=3, batch_size=4)'
        with references(student, 'make_optimizer', 'EarlyStopping'):
            expect_dict(fit(model, X, y, X.clone(), y.clone(), epochs=3, batch_size=4), keys, call, see)
        passes = int(model.state_dict()['0.num_batches_tracked'])
        expect_true(passes == 6, f'the forward passes in training mode during {call}', f'expected 6 (3 epochs of 2 mini-batches, each in training mode, and the metrics in evaluation mode), counted {passes}. Call model.train() at the start of EVERY epoch: the evaluation after an epoch leaves the model in evaluation mode.', see)
        g = torch.Generator().manual_seed(5)
        Xr, yr = (torch.randn(32, 4, generator=g), torch.randint(0, 2, (32,), generator=g))
        Xv, yv = (torch.randn(32, 4, generator=g), torch.randint(0, 2, (32,), generator=g))
        model = st.nn.Sequential(st.nn.Linear(4, 32), st.nn.ReLU(), st.nn.Linear(32, 2))
        call = 'fit(model, X_train (32, 4) with random labels, ..., epochs=12, lr=0.05, batch_size=32, patience=20)'
        with references(student, 'make_optimizer', 'EarlyStopping'):
            history = expect_dict(fit(model, Xr, yr, Xv, yv, epochs=12, lr=0.05, batch_size=32, patience=20), keys, call, see)
        val = [float(v) for v in history['val_loss']]
        expect_true(len(val) == 12, f'history["val_loss"] from {call}', f'expected 12 entries (patience 20 never runs out in 12 epochs), returned {len(val)}.', see)
        model.eval()
        loss = torch.nn.functional.cross_entropy(model(Xv).detach(), yv).item()
        expect_close(loss, min(val), f"the validation loss of the model after {call}, in evaluation mode (with patience set, the weights of the best epoch are restored at the end even when training was not stopped early: expected min(history['val_loss'])); the last epoch's loss was {val[-1]:.6g}", see, rtol=0.0001, atol=1e-06)

