from otter.test_files import test_case

OK_FORMAT = False

name = "q11_set_seed"
points = 3

@test_case(points=None, hidden=False)
def test_set_seed_public(set_seed, np, torch, student):
    import random
    from checks import expect_true, explain_failures, on_student_side
    see = '§12 Reproducibility'
    with explain_failures(see):
        draws = {'torch.rand(3)': lambda: on_student_side(student, torch).rand(3).tolist(), 'np.random.rand(3)': lambda: on_student_side(student, np).random.rand(3).tolist(), 'random.random()': lambda: [on_student_side(student, random).random() for _ in range(3)]}
        for name, draw in draws.items():
            set_seed(0)
            first = draw()
            set_seed(0)
            again = draw()
            set_seed(1)
            other = draw()
            expect_true(first == again, f'set_seed(0); {name}, twice', f'expected the same numbers after the same seed, got {first} and then {again}.', see)
            expect_true(first != other, f'{name} after set_seed(0) and after set_seed(1)', f'expected different numbers for different seeds, got {first} both times.', see)

