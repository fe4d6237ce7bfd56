"""nhwc_to_nchw with x.transpose(1, 3): gives (N, C, W, H), the image transposed; only
right-looking for square images."""
QUESTION = "q4_shapes"


def nhwc_to_nchw(x):
    return x.transpose(1, 3)
