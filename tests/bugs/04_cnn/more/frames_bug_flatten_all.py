"""frames_to_features that flattens the maps of the whole batch into one row (maps.view(1, -1)):
the features of N frames come back as a single row instead of one row per frame."""
QUESTION = "q9_frames_bug"


def frames_to_features(frames, encoder):
    x = frames.float().permute(0, 3, 1, 2) / 255.0
    maps = encoder(x)
    return maps.reshape(1, -1)
