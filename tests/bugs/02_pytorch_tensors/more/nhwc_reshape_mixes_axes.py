"""nhwc_to_nchw with reshape: the shape is right, the pixels are scrambled (reshape re-reads
the memory in order, it does not move axes)."""
QUESTION = "q4_shapes"


def nhwc_to_nchw(x):
    n, h, w, c = x.shape
    return x.reshape(n, c, h, w)
