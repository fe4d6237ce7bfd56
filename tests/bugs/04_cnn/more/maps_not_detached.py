"""first_layer_feature_maps that returns the convolution's output still attached to the graph
(requires_grad True): .numpy() on it raises, so it cannot be plotted as is."""
QUESTION = "q8_feature_maps"


def first_layer_feature_maps(model, x):
    conv = next(m for m in model.modules() if isinstance(m, nn.Conv2d))
    return conv(x)
