from otter.test_files import test_case

OK_FORMAT = False

name = "q11_soft_update"
points = 2

@test_case(points=1, hidden=False)
def test_soft_update_public(soft_update, torch, student):
    from checks import expect_tensor, explain_failures, on_student_side
    see = '§7 Target networks (soft update)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        target, online = (st.nn.Linear(2, 3), st.nn.Linear(2, 3))
        target.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.zeros(3)})
        online.load_state_dict({'weight': torch.ones(3, 2), 'bias': torch.full((3,), 4.0)})
        soft_update(target, online, 0.25)
        state = target.state_dict()
        expect_tensor(state['weight'], torch.full((3, 2), 0.25), 'target.weight after soft_update(target, online, 0.25) with target.weight = 0 and online.weight = 1', see)
        expect_tensor(state['bias'], torch.full((3,), 1.0), 'target.bias after soft_update(target, online, 0.25) with target.bias = 0 and online.bias = 4', see)

