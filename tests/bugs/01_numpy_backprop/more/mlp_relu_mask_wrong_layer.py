"""two_layer_mlp_loss applies the ReLU mask to the output scores (scores > 0) instead of the
hidden pre-activation a1, so the hidden layer's gradient is not masked at all."""
QUESTION = "q7_two_layer_mlp"


def two_layer_mlp_loss(params, X, y):
    a1, cache1 = linear_forward(X, params["W1"], params["b1"])
    h1 = relu(a1)
    scores, cache2 = linear_forward(h1, params["W2"], params["b2"])
    loss, dscores = softmax_cross_entropy(scores, y)
    dscores = dscores * relu_grad(scores)
    dh1, dW2, db2 = linear_backward(dscores, cache2)
    _, dW1, db1 = linear_backward(dh1, cache1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
