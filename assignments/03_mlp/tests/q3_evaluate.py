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
        model = st.nn.Sequential(st.nn.Linear(2, 3), st.nn.Dropout(0.5))
        model.load_state_dict({'0.weight': torch.zeros(3, 2), '0.bias': torch.tensor([0.0, 0.0, math.log(2.0)])})
        model.train()
        x = torch.ones(5, 2)
        y = torch.tensor([2, 2, 0, 1, 2])
        loader = [(x[:3], y[:3]), (x[3:], y[3:])]
        call = 'evaluate(model, loader, nn.CrossEntropyLoss(), device) with labels [2, 2, 0] and [1, 2], for a model (Linear(2, 3) then Dropout(0.5)) that predicts [1/4, 1/4, 1/2] in eval mode'
        loss, accuracy = expect_tuple(evaluate(model, loader, st.nn.CrossEntropyLoss(), torch.device('cpu')), 2, call, see)
        expect_true(isinstance(loss, float), call, f'expected the mean loss as a Python float, got {type(loss).__name__} {loss!r}'[:300], see)
        expect_close(loss, 7 / 5 * math.log(2.0), f'mean loss from {call}: (3 log 2 + 2 log 4) / 5 over the 5 samples (model.eval() switches the dropout off)', see)
        expect_close(accuracy, 0.6, f'accuracy from {call}: the argmax is class 2 for every input, and 3 of the 5 labels are 2', see)
        reg = st.nn.Sequential(st.nn.ReLU(inplace=True), st.nn.Linear(2, 1))
        reg.load_state_dict({'1.weight': torch.zeros(1, 2), '1.bias': torch.ones(1)})
        loader = [(x[:2].clone().requires_grad_(), torch.tensor([[1.0], [3.0]])), (x[2:3].clone().requires_grad_(), torch.tensor([[0.0]]))]
        call = 'evaluate(model, loader, nn.MSELoss(), device) with predictions 1 and targets [[1], [3]], [[0]] (the model starts with nn.ReLU(inplace=True), the inputs have requires_grad=True)'
        try:
            result = evaluate(reg, loader, st.nn.MSELoss(), torch.device('cpu'))
        except Exception as error:
            expect_true(False, call, f'expected it to run: that in-place operation is allowed only without autograd, so run the forward passes inside `with torch.no_grad():`. Instead, {error}'[:900], see)
        loss, accuracy = expect_tuple(result, 2, call, see)
        expect_close(loss, 5 / 3, f'mean loss from {call}: (0 + 4 + 1) / 3', see)
        expect_true(accuracy is None, call, f'expected accuracy None for float targets, got {accuracy!r}', see)

