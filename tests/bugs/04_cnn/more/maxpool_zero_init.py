"""maxpool2d_numpy whose running maximum starts at 0: windows of negative numbers give 0
instead of their (negative) maximum. Right for non-negative inputs such as ReLU outputs."""
QUESTION = "q3_maxpool2d_numpy"


def maxpool2d_numpy(x, kernel, stride=None):
    stride = kernel if stride is None else stride
    H_out = (x.shape[2] - kernel) // stride + 1
    W_out = (x.shape[3] - kernel) // stride + 1
    out = np.zeros(x.shape[:2] + (H_out, W_out))
    for u in range(kernel):
        for v in range(kernel):
            out = np.maximum(out, x[:, :, u:u + stride * (H_out - 1) + 1:stride, v:v + stride * (W_out - 1) + 1:stride])
    return out
