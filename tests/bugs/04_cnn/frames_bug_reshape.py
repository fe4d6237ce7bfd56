"""frames_to_features that replaces view with reshape: reshape reads the numbers in the same order
as view, so the three colours of each pixel still end up spread over the three channels (a pure red
frame gives the pattern 1, 0, 0, 1, 0, 0 instead of nine ones, then zeros); moving an axis takes
permute."""
QUESTION = "q9_frames_bug"


def frames_to_features(frames, encoder):
    N, H, W, C = frames.shape
    x = frames.float().reshape(N, C, H, W) / 255.0
    maps = encoder(x)
    return torch.flatten(maps, 1)
