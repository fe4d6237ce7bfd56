"""deep_mlp_loss applies the ReLU after the last layer too, so negative scores are clipped to 0
and pass no gradient back (the output layer of §13 is linear: its logits may take any sign)."""
QUESTION = "q11_deep_mlp"


def deep_mlp_loss(X, y, params):
    L = sum(1 for key in params if key.startswith("W"))
    h, layers = X, []
    for l in range(1, L + 1):
        a, cache = linear_forward(h, params[f"W{l}"], params[f"b{l}"])
        layers.append((a, cache))
        h = relu(a)
    loss, dh = softmax_cross_entropy(h, y)
    grads = {}
    for l in range(L, 0, -1):
        a, cache = layers[l - 1]
        dh, grads[f"W{l}"], grads[f"b{l}"] = linear_backward(dh * relu_grad(a), cache)
    return loss, grads
