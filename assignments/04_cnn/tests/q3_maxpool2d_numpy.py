from otter.test_files import test_case

OK_FORMAT = False

name = "q3_maxpool2d_numpy"
points = 3

@test_case(points=1, hidden=False)
def test_maxpool_public(maxpool2d_numpy, np):
    from checks import expect_array, explain_failures
    see = '§4 Pooling'
    with explain_failures(see):
        x = np.arange(16.0).reshape(1, 1, 4, 4)
        expect_array(maxpool2d_numpy(x, 2), np.array([[[[5.0, 7.0], [13.0, 15.0]]]]), 'maxpool2d_numpy(np.arange(16.).reshape(1, 1, 4, 4), 2)  (stride defaults to the kernel size)', see)
        expect_array(maxpool2d_numpy(np.zeros((2, 3, 6, 4)), 2), np.zeros((2, 3, 3, 2)), 'maxpool2d_numpy(np.zeros((2, 3, 6, 4)), 2)', see)
        expect_array(maxpool2d_numpy(-np.arange(25.0).reshape(1, 1, 5, 5), 2), np.array([[[[0.0, -2.0], [-10.0, -12.0]]]]), 'maxpool2d_numpy(-np.arange(25.).reshape(1, 1, 5, 5), 2)  (floor: 2x2 windows; the maximum of negative numbers is negative)', see)

