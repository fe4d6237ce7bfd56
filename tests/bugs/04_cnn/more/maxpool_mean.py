"""maxpool2d_numpy that averages each window (average pooling) instead of taking its maximum."""
QUESTION = "q3_maxpool2d_numpy"


def maxpool2d_numpy(x, kernel, stride=None):
    stride = kernel if stride is None else stride
    H_out = (x.shape[2] - kernel) // stride + 1
    W_out = (x.shape[3] - kernel) // stride + 1
    out = np.empty(x.shape[:2] + (H_out, W_out))
    for i in range(H_out):
        for j in range(W_out):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel].mean(axis=(2, 3))
    return out
