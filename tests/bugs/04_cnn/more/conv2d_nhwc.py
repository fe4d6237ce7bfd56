"""conv2d_numpy written for channels-last input: reads x as (N, H, W, C) and returns
(N, H_out, W_out, F), so shapes and values are scrambled for channels-first data."""
QUESTION = "q2_conv2d_numpy"


def conv2d_numpy(x, w, b, stride=1, padding=0):
    N, H, W, C = x.shape
    F_out, _, KH, KW = w.shape
    H_out = (H + 2 * padding - KH) // stride + 1
    W_out = (W + 2 * padding - KW) // stride + 1
    x_pad = np.pad(x, ((0, 0), (padding, padding), (padding, padding), (0, 0)))
    out = np.zeros((N, H_out, W_out, F_out))
    for i in range(H_out):
        for j in range(W_out):
            window = x_pad[:, i * stride:i * stride + KH, j * stride:j * stride + KW, :]
            out[:, i, j, :] = np.einsum("nuvc,fcuv->nf", window, w[:, :C]) + b
    return out
