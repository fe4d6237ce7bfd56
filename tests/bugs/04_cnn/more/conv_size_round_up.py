"""conv_output_size with a ceiling instead of the floor (keeps the incomplete last window):
(28, 3, stride=2) gives 14 instead of 13. Exact whenever the stride divides evenly."""
QUESTION = "q1_conv_output_size"
import math


def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    return math.ceil((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1
