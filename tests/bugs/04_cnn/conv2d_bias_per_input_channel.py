"""conv2d_numpy that loops over the input channels and adds the bias inside that loop: every
output gets C * b[f] instead of b[f] (right whenever C == 1)."""
QUESTION = "q2_conv2d_numpy"


def conv2d_numpy(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F_out, _, KH, KW = w.shape
    H_out = (H + 2 * padding - KH) // stride + 1
    W_out = (W + 2 * padding - KW) // stride + 1
    x_pad = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, F_out, H_out, W_out))
    for c in range(C):
        for i in range(H_out):
            for j in range(W_out):
                window = x_pad[:, c, i * stride:i * stride + KH, j * stride:j * stride + KW]
                out[:, :, i, j] += np.tensordot(window, w[:, c], axes=([1, 2], [1, 2])) + b
    return out
