from otter.test_files import test_case

OK_FORMAT = False

name = "q3_evaluate"
points = 4

@test_case(points=1, hidden=False)
def test_evaluate_public(evaluate, torch, math, student):
    from checks import expect_close, expect_true, expect_tuple, explain_failures, on_student_side
    see = '§4 Evaluation'
    with explain_failures(see):
        st = on_student_side(student, torch)
        model = st.nn.Linear(2, 3)
        model.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.tensor([0.0, 0.0, math.log(2.0)])})
        x = torch.ones(5, 2)
        y = torch.tensor([2, 2, 0, 1, 2])
        loader = [(x[:3], y[:3]), (x[3:], y[3:])]
        call = 'evaluate(model, loader, nn.CrossEntropyLoss(), device) with labels [2, 2, 0] and [1, 2]'
        loss, accuracy = expect_tuple(evaluate(model, loader, st.nn.CrossEntropyLoss(), torch.device('cpu')), 2, call, see)
        expect_true(isinstance(loss, float), call, f'expected the mean loss as a Python float, got {type(loss).__name__} {loss!r}'[:300], see)
        expect_close(loss, 7 / 5 * math.log(2.0), f'mean loss from {call}: (3 log 2 + 2 log 4) / 5', see)
        expect_close(accuracy, 0.6, f'accuracy from {call}: 3 of the 5 labels are 2', see)
        reg = st.nn.Linear(2, 1)
        reg.load_state_dict({'weight': torch.zeros(1, 2), 'bias': torch.ones(1)})
        loader = [(x[:2], torch.tensor([[1.0], [3.0]])), (x[2:3], torch.tensor([[0.0]]))]
        call = 'evaluate(model, loader, nn.MSELoss(), device) with predictions 1 and targets [[1], [3]], [[0]]'
        loss, accuracy = expect_tuple(evaluate(reg, loader, st.nn.MSELoss(), torch.device('cpu')), 2, call, see)
        expect_close(loss, 5 / 3, f'mean loss from {call}: (0 + 4 + 1) / 3', see)
        expect_true(accuracy is None, call, f'expected accuracy None for float targets, got {accuracy!r}', see)

