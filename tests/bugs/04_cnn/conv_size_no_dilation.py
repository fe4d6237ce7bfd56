"""conv_output_size that forgets dilation: the effective kernel is K, not D(K-1)+1, so a
dilated 3x3 kernel on 28 pixels gives 26 instead of 24."""
QUESTION = "q1_conv_output_size"


def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - kernel) // stride + 1
