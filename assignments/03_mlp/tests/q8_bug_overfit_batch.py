from otter.test_files import test_case

OK_FORMAT = False

name = "q8_bug_overfit_batch"
points = 3

@test_case(points=1, hidden=False)
def test_bug_overfit_batch_public(overfit_batch, torch, student):
    from checks import expect_close, expect_tensor, expect_true, explain_failures, on_student_side
    see = '§3 The training loop (zero_grad before every backward)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        model = st.nn.Linear(1, 1)
        model.load_state_dict({'weight': torch.zeros(1, 1), 'bias': torch.zeros(1)})
        call = 'overfit_batch(model, x=[[1.]], y=[[2.]], nn.MSELoss(), SGD(lr=0.25), steps=3) for a Linear(1, 1) with w = 0, b = 0'
        losses = overfit_batch(model, torch.tensor([[1.0]]), torch.tensor([[2.0]]), st.nn.MSELoss(), st.optim.SGD(model.parameters(), lr=0.25), 3)
        expect_true(isinstance(losses, list) and len(losses) == 3 and all((isinstance(v, float) for v in losses)), call, f'expected a list of 3 floats, got {losses!r}'[:300], see)
        for step, (got, want) in enumerate(zip(losses, [4.0, 0.0, 0.0]), start=1):
            expect_close(got, want, f'the loss before step {step} of {call} (steps 2 and 3 start at w = b = 1, where the prediction is exact)', see, rtol=1e-05, atol=1e-06)
        expect_tensor(torch.cat([model.weight.detach().reshape(1), model.bias.detach()]), torch.tensor([1.0, 1.0]), f'[w, b] after {call}: step 1 gives w = b = 1, steps 2 and 3 have zero gradient', see, rtol=1e-05, atol=1e-06)

