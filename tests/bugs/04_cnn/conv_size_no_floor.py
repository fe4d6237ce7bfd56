"""conv_output_size with true division: (28 + 0 - 2 - 1) / 2 + 1 = 13.5 instead of 13 when the
stride does not divide evenly (and a float where an int is expected)."""
QUESTION = "q1_conv_output_size"


def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel - 1) - 1) / stride + 1
