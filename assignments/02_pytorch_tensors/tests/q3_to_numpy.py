from otter.test_files import test_case

OK_FORMAT = False

name = "q3_to_numpy"
points = 2

@test_case(points=None, hidden=False)
def test_to_numpy_public(to_numpy, np, torch):
    from checks import expect_array, expect_true, explain_failures
    see = '§4 Crossing the boundary'
    with explain_failures(see):
        t = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
        got = to_numpy(t)
        expect_array(got, np.array([[1.0, 2.0], [3.0, 4.0]]), 'to_numpy(torch.tensor([[1., 2.], [3., 4.]], requires_grad=True))', see)
        expect_true(got.dtype == np.float32, 'to_numpy(a float32 tensor)', f'expected dtype float32, got {got.dtype}.', see)
        expect_array(to_numpy(torch.tensor(0.5)), np.array(0.5, dtype=np.float32), 'to_numpy(torch.tensor(0.5)) (a 0-d tensor gives a 0-d array)', see)

