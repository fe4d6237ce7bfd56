from otter.test_files import test_case

OK_FORMAT = False

name = "q9_frames_bug"
points = 3

@test_case(points=1, hidden=False)
def test_frames_bug_public(frames_to_features, student, torch):
    from checks import expect_tensor, explain_failures, on_student_side
    see = '§11 Find the bug: frames the encoder cannot read'
    with explain_failures(see):
        tnn = on_student_side(student, torch).nn
        red = torch.zeros(2, 3, 3, 3, dtype=torch.uint8)
        red[..., 0] = 255
        expected = torch.tensor([1.0] * 9 + [0.0] * 18).repeat(2, 1)
        expect_tensor(frames_to_features(red, tnn.Identity()), expected, 'frames_to_features(red, nn.Identity()) for two pure red 3 x 3 frames (N, H, W, C) = (2, 3, 3, 3)', see + ' (view does not move the channels: permute)', dtype=torch.float32)
        dot = torch.zeros(1, 4, 2, 3, dtype=torch.uint8)
        dot[0, 0, 1, 1] = 255
        expect_tensor(frames_to_features(dot, tnn.Identity()), torch.eye(24)[9:10], 'frames_to_features(frame, nn.Identity()) for one 4 x 2 frame (N, H, W, C) = (1, 4, 2, 3) whose only non-zero byte is frame[0, 0, 1, 1] = 255 (green, row 0, column 1)', see + ' (the axes (N, C, H, W): not (N, C, W, H))', dtype=torch.float32)
        expect_tensor(frames_to_features(dot, tnn.MaxPool2d(2)), torch.eye(6)[2:3], 'frames_to_features(frame, nn.MaxPool2d(2)) for the same 4 x 2 frame', see + ' (keep the encoder call)', dtype=torch.float32)

