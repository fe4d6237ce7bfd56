from otter.test_files import test_case

OK_FORMAT = False

name = "q2_to_tensor"
points = 3

@test_case(points=None, hidden=False)
def test_to_tensor_public(to_tensor, np, torch):
    from checks import expect_tensor, explain_failures
    see = '§4 Crossing the boundary (and §2 Dtypes)'
    with explain_failures(see):
        obs = np.array([[0.5, -1.0, 2.0, 0.0]])
        expect_tensor(to_tensor(obs), obs, 'to_tensor(np.array([[0.5, -1., 2., 0.]]))', see, dtype=torch.float32)
        actions = np.array([2, 0, 1])
        expect_tensor(to_tensor(actions), actions, 'to_tensor(np.array([2, 0, 1]))', see, dtype=torch.int64)
        frames = np.array([[0, 128, 255]], dtype=np.uint8)
        expect_tensor(to_tensor(frames), frames, 'to_tensor(np.array([[0, 128, 255]], dtype=np.uint8))', see, dtype=torch.uint8)
        terminated = np.array([True, False])
        expect_tensor(to_tensor(terminated), terminated, 'to_tensor(np.array([True, False]))', see, dtype=torch.bool)
        expect_tensor(to_tensor(obs, device='cpu'), obs, 'to_tensor(np.array([[0.5, -1., 2., 0.]]), device="cpu")', see, dtype=torch.float32)

