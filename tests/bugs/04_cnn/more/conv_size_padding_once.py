"""conv_output_size that adds the padding once instead of on both sides: (28, 3, padding=1)
gives 27 instead of 28."""
QUESTION = "q1_conv_output_size"


def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    return (size + padding - dilation * (kernel - 1) - 1) // stride + 1
