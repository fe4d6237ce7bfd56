"""conv2d_numpy that computes the output size with the stride but slides the window one pixel at
a time: right shape, wrong windows for stride > 1."""
QUESTION = "q2_conv2d_numpy"


def conv2d_numpy(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F_out, _, KH, KW = w.shape
    H_out = (H + 2 * padding - KH) // stride + 1
    W_out = (W + 2 * padding - KW) // stride + 1
    x_pad = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, F_out, H_out, W_out))
    for i in range(H_out):
        for j in range(W_out):
            window = x_pad[:, :, i:i + KH, j:j + KW]
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3]))
    return out + b[None, :, None, None]
