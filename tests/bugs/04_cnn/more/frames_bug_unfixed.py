"""frames_to_features left as buggy_frames_to_features: view(N, C, H, W) on channels-last frames
reads the colours of each pixel as three channels, and nothing fails because the sizes fit."""
QUESTION = "q9_frames_bug"


def frames_to_features(frames, encoder):
    N, H, W, C = frames.shape
    x = frames.float().view(N, C, H, W) / 255.0
    maps = encoder(x)
    return torch.flatten(maps, 1)
