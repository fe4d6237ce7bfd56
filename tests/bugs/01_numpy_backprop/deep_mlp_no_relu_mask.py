"""deep_mlp_loss forgets the ReLU mask in the backward pass: each hidden layer passes the
upstream gradient through unchanged, also into units whose pre-activation was negative."""
QUESTION = "q11_deep_mlp"


def deep_mlp_loss(X, y, params):
    L = sum(1 for key in params if key.startswith("W"))
    h, caches = X, []
    for l in range(1, L + 1):
        a, cache = linear_forward(h, params[f"W{l}"], params[f"b{l}"])
        caches.append(cache)
        h = relu(a) if l < L else a
    loss, da = softmax_cross_entropy(h, y)
    grads = {}
    for l in range(L, 0, -1):
        da, grads[f"W{l}"], grads[f"b{l}"] = linear_backward(da, caches[l - 1])
    return loss, grads
