from otter.test_files import test_case

OK_FORMAT = False

name = "q5_linear_schedule"
points = 2

@test_case(points=1, hidden=False)
def test_linear_schedule_public(linear_schedule):
    from checks import expect_close, explain_failures
    see = '§4 Epsilon-greedy exploration (schedules)'
    with explain_failures(see):
        for t, want in [(0, 1.0), (50, 0.525), (100, 0.05), (150, 0.05)]:
            expect_close(linear_schedule(1.0, 0.05, 100, t), want, f'linear_schedule(1.0, 0.05, 100, {t})', see)

