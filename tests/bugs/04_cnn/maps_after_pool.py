"""first_layer_feature_maps that returns the maps after the first ReLU and max pooling (a hook on
the first MaxPool2d) instead of the convolution's own output: half the resolution, no negatives."""
QUESTION = "q8_feature_maps"


def first_layer_feature_maps(model, x):
    pool = next(m for m in model.modules() if isinstance(m, nn.MaxPool2d))
    saved = []
    handle = pool.register_forward_hook(lambda module, inputs, output: saved.append(output))
    with torch.no_grad():
        model(x)
    handle.remove()
    return saved[0].detach()
