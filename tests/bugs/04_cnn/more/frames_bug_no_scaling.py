"""frames_to_features that permutes the frames but drops the division by 255: the encoder gets
values 0 to 255 instead of 0 to 1."""
QUESTION = "q9_frames_bug"


def frames_to_features(frames, encoder):
    x = frames.permute(0, 3, 1, 2).float()
    maps = encoder(x)
    return torch.flatten(maps, 1)
