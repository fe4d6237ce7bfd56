"""frames_to_features that moves the channels with transpose(1, 3): the result is (N, C, W, H),
not (N, C, H, W), so every frame is flipped over its diagonal (no error on square frames); use
permute(0, 3, 1, 2)."""
QUESTION = "q9_frames_bug"


def frames_to_features(frames, encoder):
    x = frames.float().transpose(1, 3) / 255.0
    maps = encoder(x)
    return torch.flatten(maps, 1)
