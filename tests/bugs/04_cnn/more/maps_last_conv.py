"""first_layer_feature_maps that hooks the last nn.Conv2d of the model instead of the first."""
QUESTION = "q8_feature_maps"


def first_layer_feature_maps(model, x):
    conv = [m for m in model.modules() if isinstance(m, nn.Conv2d)][-1]
    saved = []
    handle = conv.register_forward_hook(lambda module, inputs, output: saved.append(output))
    with torch.no_grad():
        model(x)
    handle.remove()
    return saved[0].detach()
