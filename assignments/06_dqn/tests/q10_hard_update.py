from otter.test_files import test_case

OK_FORMAT = False

name = "q10_hard_update"
points = 2

@test_case(points=1, hidden=False)
def test_hard_update_public(hard_update, torch, student):
    from checks import expect_tensor, explain_failures, on_student_side
    see = '§7 Target networks (hard update)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        target, online = (st.nn.Linear(2, 3), st.nn.Linear(2, 3))
        target.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.zeros(3)})
        online.load_state_dict({'weight': torch.ones(3, 2), 'bias': torch.tensor([1.0, 2.0, 3.0])})
        hard_update(target, online)
        state = target.state_dict()
        expect_tensor(state['weight'], torch.ones(3, 2), 'target.weight after hard_update(target, online) with online.weight all ones', see)
        expect_tensor(state['bias'], torch.tensor([1.0, 2.0, 3.0]), 'target.bias after hard_update(target, online) with online.bias = [1, 2, 3]', see)
        online.load_state_dict({'weight': torch.full((3, 2), 7.0), 'bias': torch.zeros(3)})
        expect_tensor(target.state_dict()['weight'], torch.ones(3, 2), 'target.weight after hard_update(target, online) and then an in-place change of online.weight to 7 (the target keeps its own copy: copy values, do not share tensors)', see)

