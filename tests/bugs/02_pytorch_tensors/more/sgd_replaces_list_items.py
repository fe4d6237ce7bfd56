"""sgd_update_ replaces the list's items by new tensors (params[i] = params[i] - lr * grad)
outside no_grad: the caller's parameters (the model's) are not updated, and it fails for a
tuple or model.parameters()."""
QUESTION = "q8_sgd_update"


def sgd_update_(params, lr):
    for i in range(len(params)):
        if params[i].grad is not None:
            params[i] = params[i] - lr * params[i].grad
