"""two_layer_mlp_loss masks the hidden gradient by the sign of the upstream gradient,
relu_grad(dh1), instead of the sign of the hidden pre-activation, relu_grad(a1)."""
QUESTION = "q7_two_layer_mlp"


def two_layer_mlp_loss(params, X, y):
    a1, cache1 = linear_forward(X, params["W1"], params["b1"])
    h1 = relu(a1)
    scores, cache2 = linear_forward(h1, params["W2"], params["b2"])
    loss, dscores = softmax_cross_entropy(scores, y)
    dh1, dW2, db2 = linear_backward(dscores, cache2)
    da1 = dh1 * relu_grad(dh1)
    _, dW1, db1 = linear_backward(da1, cache1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
