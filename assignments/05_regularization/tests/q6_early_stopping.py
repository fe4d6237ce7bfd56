from otter.test_files import test_case

OK_FORMAT = False

name = "q6_early_stopping"
points = 4

@test_case(points=None, hidden=False)
def test_early_stopping_public(EarlyStopping, np, torch, student):
    from checks import expect_close, expect_tensor, expect_true, explain_failures, on_student_side
    see = '§7 Early stopping'
    with explain_failures(see):
        st = on_student_side(student, torch)
        model = st.nn.Linear(3, 2)
        stopper = EarlyStopping(patience=2)
        losses = [1.0, 1.1, 0.8, 0.9, 0.95, 0.97]
        stopped_at = None
        for i, loss in enumerate(losses):
            model.load_state_dict({'weight': torch.full((2, 3), float(i)), 'bias': torch.full((2,), float(i))})
            stop = stopper.step(loss, model)
            expect_true(isinstance(stop, (bool, np.bool_)), f'EarlyStopping(patience=2).step({loss}, model)', f'expected True or False, returned {stop!r}.', see)
            if stop:
                stopped_at = i
                break
        expect_true(stopped_at == 4, 'EarlyStopping(patience=2) on validation losses [1.0, 1.1, 0.8, 0.9, 0.95, 0.97]', f'expected step to return True at index 4 (two epochs in a row without improvement after the best, index 2; the counter restarts at every improvement), returned True at index {stopped_at}.' if stopped_at is not None else 'expected step to return True at index 4, returned False at every index.', see)
        expect_close(stopper.best_loss, 0.8, 'stopper.best_loss after those steps', see)
        expect_true(stopper.best_epoch == 2, 'stopper.best_epoch after those steps', f'expected 2, returned {stopper.best_epoch!r}.', see)
        stopper.restore(model)
        expect_tensor(model.weight, torch.full((2, 3), 2.0), 'model.weight after stopper.restore(model) (the weights of index 2, which were all 2.0; the values of the last index mean you kept a reference, not a copy)', see)
        expect_tensor(model.bias, torch.full((2,), 2.0), 'model.bias after stopper.restore(model)', see)

