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
    from checks import expect_dict, expect_true, explain_failures, on_student_side
    see = '§9 The experiment (fit)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        model = st.nn.Sequential(st.nn.Linear(2, 8), st.nn.ReLU(), st.nn.Linear(8, 2))
        X = torch.tensor([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0], [2.0, 1.0], [-1.0, 0.5]])
        y = torch.tensor([0, 1, 1, 0, 1, 0])
        call = 'fit(model, X_train (6, 2), y_train, X_val (6, 2), y_val, epochs=2, batch_size=4)'
        history = expect_dict(fit(model, X, y, X.clone(), y.clone(), epochs=2, batch_size=4), ['train_loss', 'val_loss', 'train_acc', 'val_acc'], call, see)
        for key in ('train_loss', 'val_loss', 'train_acc', 'val_acc'):
            values = history[key]
            expect_true(isinstance(values, list) and len(values) == 2, f'history["{key}"] from {call}', f'expected a list of 2 floats (one per epoch), returned {values!r}'[:300] + '.', see)
            expect_true(all((type(v) is float for v in values)), f'history["{key}"] from {call}', f'expected Python floats (use .item()), returned {[type(v).__name__ for v in values]}.', see)
        expect_true(all((0.0 <= a <= 1.0 for a in history['train_acc'] + history['val_acc'])), f'the accuracies from {call}', f"expected values in [0, 1], returned {history['train_acc']} and {history['val_acc']}.", see)

