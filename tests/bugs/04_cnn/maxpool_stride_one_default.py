"""maxpool2d_numpy with the stride defaulting to 1 instead of the kernel size: overlapping
windows, (N, C, 3, 3) from a 4x4 input with kernel 2 instead of (N, C, 2, 2)."""
QUESTION = "q3_maxpool2d_numpy"


def maxpool2d_numpy(x, kernel, stride=None):
    stride = 1 if stride is None else stride
    H_out = (x.shape[2] - kernel) // stride + 1
    W_out = (x.shape[3] - kernel) // stride + 1
    out = np.empty(x.shape[:2] + (H_out, W_out))
    for i in range(H_out):
        for j in range(W_out):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel].max(axis=(2, 3))
    return out
