from otter.test_files import test_case

OK_FORMAT = False

name = "q2_conv2d_numpy"
points = 6

@test_case(points=1, hidden=False)
def test_conv2d_shape_and_sums(conv2d_numpy, np):
    from checks import expect_array, explain_failures
    see = '§3 Channels-first layout and multi-channel convolution'
    with explain_failures(see):
        out = conv2d_numpy(np.zeros((2, 3, 5, 6)), np.zeros((4, 3, 3, 2)), np.zeros(4))
        expect_array(out, np.zeros((2, 4, 3, 5)), 'conv2d_numpy(np.zeros((2, 3, 5, 6)), np.zeros((4, 3, 3, 2)), np.zeros(4))', see)
        x = np.arange(16.0).reshape(1, 1, 4, 4)
        expected = np.array([[[[11.0, 15.0, 19.0], [27.0, 31.0, 35.0], [43.0, 47.0, 51.0]]]])
        expect_array(conv2d_numpy(x, np.ones((1, 1, 2, 2)), np.array([1.0])), expected, 'conv2d_numpy(np.arange(16.).reshape(1, 1, 4, 4), np.ones((1, 1, 2, 2)), np.array([1.]))', see)
        expect_array(conv2d_numpy(x, np.ones((1, 1, 2, 2)), np.zeros(1), stride=2), np.array([[[[10.0, 18.0], [42.0, 50.0]]]]), 'conv2d_numpy(np.arange(16.).reshape(1, 1, 4, 4), np.ones((1, 1, 2, 2)), np.zeros(1), stride=2)', '§2 Padding, stride, dilation and the output size')
        expect_array(conv2d_numpy(np.ones((1, 2, 3, 3)), np.zeros((1, 2, 2, 2)), np.array([5.0])), np.full((1, 1, 2, 2), 5.0), 'conv2d_numpy(np.ones((1, 2, 3, 3)), np.zeros((1, 2, 2, 2)), np.array([5.])) (the bias is added once per output value)', see)

@test_case(points=1, hidden=False)
def test_conv2d_no_flip_and_padding(conv2d_numpy, np):
    from checks import expect_array, explain_failures
    with explain_failures('§1 Convolution and §2 Padding, stride, dilation and the output size'):
        x = np.arange(16.0).reshape(1, 1, 4, 4)
        top_left = np.array([[[[1.0, 0.0], [0.0, 0.0]]]])
        expect_array(conv2d_numpy(x, top_left, np.zeros(1)), x[:, :, :3, :3], 'conv2d_numpy(x, w, b=0) with x = np.arange(16.).reshape(1, 1, 4, 4) and the filter w = [[1, 0], [0, 0]] (out[i, j] must be x[i, j]: do not flip the kernel)', '§1 Convolution (cross-correlation, no flip)')
        expect_array(conv2d_numpy(np.ones((1, 1, 2, 2)), np.ones((1, 1, 3, 3)), np.zeros(1), padding=1), np.full((1, 1, 2, 2), 4.0), 'conv2d_numpy(np.ones((1, 1, 2, 2)), np.ones((1, 1, 3, 3)), np.zeros(1), padding=1) (every 3x3 window of the zero-padded input holds the four ones)', '§2 Padding, stride, dilation and the output size')

