"""conv2d_numpy that never pads: the output shape ignores P and the border windows are missing."""
QUESTION = "q2_conv2d_numpy"


def conv2d_numpy(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F_out, _, KH, KW = w.shape
    H_out = (H - KH) // stride + 1
    W_out = (W - KW) // stride + 1
    out = np.zeros((N, F_out, H_out, W_out))
    for i in range(H_out):
        for j in range(W_out):
            window = x[:, :, i * stride:i * stride + KH, j * stride:j * stride + KW]
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3]))
    return out + b[None, :, None, None]
