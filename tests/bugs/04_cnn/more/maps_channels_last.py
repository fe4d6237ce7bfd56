"""first_layer_feature_maps that permutes the maps to channels last (N, H1, W1, F1) "for
plotting", instead of keeping PyTorch's (N, F1, H1, W1)."""
QUESTION = "q8_feature_maps"


def first_layer_feature_maps(model, x):
    conv = next(m for m in model.modules() if isinstance(m, nn.Conv2d))
    with torch.no_grad():
        return conv(x).permute(0, 2, 3, 1).detach()
