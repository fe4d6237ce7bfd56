"""two_layer_mlp_loss divides the weight gradients by N again, although dscores from
softmax_cross_entropy already contains the 1/N of the mean."""
QUESTION = "q7_two_layer_mlp"


def two_layer_mlp_loss(params, X, y):
    N = X.shape[0]
    a1, cache1 = linear_forward(X, params["W1"], params["b1"])
    h1 = relu(a1)
    scores, cache2 = linear_forward(h1, params["W2"], params["b2"])
    loss, dscores = softmax_cross_entropy(scores, y)
    dh1, dW2, db2 = linear_backward(dscores, cache2)
    da1 = dh1 * relu_grad(a1)
    _, dW1, db1 = linear_backward(da1, cache1)
    return loss, {"W1": dW1 / N, "b1": db1 / N, "W2": dW2 / N, "b2": db2 / N}
