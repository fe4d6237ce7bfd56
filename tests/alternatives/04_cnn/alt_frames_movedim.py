"""Correct alternative for the find-the-bug question: torch.movedim, to(torch.float32) and
div(255), .contiguous() before the encoder, and the flatten written as reshape(N, -1)."""
QUESTION = "q9_frames_bug"


def frames_to_features(frames, encoder):
    x = torch.movedim(frames, -1, 1).to(torch.float32).div(255).contiguous()
    maps = encoder(x)
    return maps.reshape(maps.shape[0], -1)
