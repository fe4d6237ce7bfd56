from otter.test_files import test_case

OK_FORMAT = False

name = "q11_set_seed"
points = 3

@test_case(points=None, hidden=False)
def test_set_seed_public(set_seed, torch, student):
    from checks import expect_true, explain_failures, on_student_side
    see = '§12 Reproducibility'
    with explain_failures(see):
        student_torch = on_student_side(student, torch)
        set_seed(0)
        first = student_torch.rand(3)
        set_seed(0)
        again = student_torch.rand(3)
        expect_true(torch.equal(first, again), 'set_seed(0); torch.rand(3), twice', f'expected the same numbers after the same seed, got {first.tolist()} and then {again.tolist()}.', see)

