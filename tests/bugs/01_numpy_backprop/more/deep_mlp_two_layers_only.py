"""deep_mlp_loss always builds two layers from W1, b1, W2, b2 (the network of Question 7) and
ignores any further layers in params, so deeper networks get wrong scores and no gradients for
their other layers."""
QUESTION = "q11_deep_mlp"


def deep_mlp_loss(X, y, params):
    if "W2" not in params:
        scores, cache = linear_forward(X, params["W1"], params["b1"])
        loss, ds = softmax_cross_entropy(scores, y)
        _, dW1, db1 = linear_backward(ds, cache)
        return loss, {"W1": dW1, "b1": db1}
    a1, cache1 = linear_forward(X, params["W1"], params["b1"])
    scores, cache2 = linear_forward(relu(a1), params["W2"], params["b2"])
    loss, ds = softmax_cross_entropy(scores, y)
    dh1, dW2, db2 = linear_backward(ds, cache2)
    _, dW1, db1 = linear_backward(dh1 * relu_grad(a1), cache1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
