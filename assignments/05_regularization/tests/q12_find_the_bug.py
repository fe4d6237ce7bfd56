from otter.test_files import test_case

OK_FORMAT = False

name = "q12_find_the_bug"
points = 3

@test_case(points=None, hidden=False)
def test_evaluate_public(evaluate, torch, student):
    from checks import expect_close, expect_true, expect_tuple, explain_failures, on_student_side
    see = '§13 Find the bug: an evaluation helper'
    with explain_failures(see):
        st = on_student_side(student, torch)
        model = st.nn.Sequential(st.nn.Linear(2, 3), st.nn.Dropout(0.5))
        model.load_state_dict({'0.weight': torch.tensor([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), '0.bias': torch.zeros(3)})
        X = torch.tensor([[2.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]])
        y = torch.tensor([0, 1, 2, 0])
        model.train()
        call = 'evaluate(model with Dropout(0.5) in training mode, X (4, 2), y)'
        loss, accuracy = expect_tuple(evaluate(model, X, y), 2, call, see)
        expect_true(type(loss) is float and type(accuracy) is float, f'(loss, accuracy) from {call}', f'expected two Python floats (use .item()), returned {type(loss).__name__} and {type(accuracy).__name__}.', see)
        expect_close(accuracy, 0.75, f'accuracy from {call} (the prediction is the argmax over the classes, dim=1)', see, atol=1e-06)
        expect_close(loss, 0.937899, f'loss from {call} (measured in evaluation mode: dropout off)', see, atol=1e-05)
        expect_true(model.training is True, f'model.training after {call}', 'expected True: the model was in training mode before the call and must be left in it (a training loop that calls evaluate would otherwise train on with dropout off), returned False.', see)
        model.eval()
        evaluate(model, X, y)
        expect_true(model.training is False, 'model.training after evaluate(model in evaluation mode, X, y)', 'expected False: the model was in evaluation mode and must stay in it, returned True.', see)

