from otter.test_files import test_case

OK_FORMAT = False

name = "q5_count_parameters"
points = 3

@test_case(points=1, hidden=False)
def test_count_parameters_public(count_parameters, student, torch):
    from checks import expect_close, explain_failures, on_student_side
    see = '§5 Counting parameters'
    with explain_failures(see):
        tnn = on_student_side(student, torch).nn
        expect_close(count_parameters(tnn.Linear(784, 10)), 7850, 'count_parameters(nn.Linear(784, 10))', see)
        expect_close(count_parameters(tnn.Conv2d(1, 8, 3)), 80, 'count_parameters(nn.Conv2d(1, 8, 3))', see)
        expect_close(count_parameters(tnn.Sequential(tnn.Linear(4, 3), tnn.ReLU(), tnn.Linear(3, 2))), 23, 'count_parameters(nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2)))', see)
        frozen = tnn.Linear(10, 5)
        frozen.requires_grad_(False)
        expect_close(count_parameters(tnn.Sequential(frozen, tnn.Linear(5, 2))), 12, 'count_parameters(nn.Sequential(frozen, nn.Linear(5, 2))) where frozen = nn.Linear(10, 5).requires_grad_(False)', see + ' (frozen parameters do not count)')

