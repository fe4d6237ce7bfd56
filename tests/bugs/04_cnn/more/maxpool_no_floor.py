"""maxpool2d_numpy that keeps the incomplete last window (a ceiling instead of the floor):
a 7x7 map with kernel 2 gives 4x4 instead of 3x3."""
QUESTION = "q3_maxpool2d_numpy"


def maxpool2d_numpy(x, kernel, stride=None):
    stride = kernel if stride is None else stride
    H_out = -(-(x.shape[2] - kernel) // stride) + 1
    W_out = -(-(x.shape[3] - kernel) // stride) + 1
    out = np.empty(x.shape[:2] + (H_out, W_out))
    for i in range(H_out):
        for j in range(W_out):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel].max(axis=(2, 3))
    return out
