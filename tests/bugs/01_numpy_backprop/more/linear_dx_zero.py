"""linear_backward returns zeros for dx ("the input is data, it needs no gradient"): fine for the
first layer, but it cuts backpropagation off for every layer below this one."""
QUESTION = "q4_linear"


def linear_backward(dout, cache):
    x, W = cache
    return np.zeros_like(x), x.T @ dout, dout.sum(axis=0)
