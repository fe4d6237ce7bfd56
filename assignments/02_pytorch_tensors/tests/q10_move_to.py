from otter.test_files import test_case

OK_FORMAT = False

name = "q10_move_to"
points = 3

@test_case(points=None, hidden=False)
def test_move_to_public(move_to, np, torch):
    from checks import expect_array, expect_dict, expect_tensor, expect_true, explain_failures
    see = '§11 Batches on devices'
    with explain_failures(see):
        batch = {'obs': torch.zeros(2, 3), 'actions': torch.tensor([0, 1]), 'episode': 7, 'env': 'CartPole-v1'}
        call = 'move_to({"obs": torch.zeros(2, 3), "actions": torch.tensor([0, 1]), "episode": 7, "env": "CartPole-v1"}, "cpu")'
        got = move_to(batch, 'cpu')
        if isinstance(got, dict):
            expect_true(set(got) == set(batch), call, f'expected the keys {sorted(batch)}, got {sorted(got)}.', see)
        got = expect_dict(got, batch.keys(), call, see)
        expect_tensor(got['obs'], torch.zeros(2, 3), f'["obs"] of {call}', see)
        expect_tensor(got['actions'], [0, 1], f'["actions"] of {call}', see, dtype=torch.int64)
        expect_true(got['episode'] == 7 and got['env'] == 'CartPole-v1', call, f"""expected the non-tensor values 7 and "CartPole-v1" unchanged, got {got['episode']!r} and {got['env']!r}.""", see)
        call = 'move_to({"pair": (torch.zeros(2), torch.ones(3)), "frames": [torch.zeros(1, 2), "ids"], "ids": np.array([5, 6])}, torch.device("meta"))'
        got = move_to({'pair': (torch.zeros(2), torch.ones(3)), 'frames': [torch.zeros(1, 2), 'ids'], 'ids': np.array([5, 6])}, torch.device('meta'))
        got = expect_dict(got, ['pair', 'frames', 'ids'], call, see)
        for key, kind, shapes in (('pair', tuple, [(2,), (3,)]), ('frames', list, [(1, 2)])):
            value = got[key]
            expect_true(type(value) is kind and len(value) == 2, f'["{key}"] of {call}', f'expected a {kind.__name__} of 2 items, got {type(value).__name__} {value!r:.100}.', see)
            for i, shape in enumerate(shapes):
                leaf = value[i]
                expect_true(isinstance(leaf, torch.Tensor) and leaf.device.type == 'meta' and (tuple(leaf.shape) == shape), f'["{key}"][{i}] of {call}', f'expected a tensor of shape {shape} on the meta device, got ' + (f'one of shape {tuple(leaf.shape)} on {leaf.device}.' if isinstance(leaf, torch.Tensor) else f'{type(leaf).__name__} {leaf!r:.100}.'), see)
        expect_true(got['frames'][1] == 'ids', f'["frames"][1] of {call}', f"""expected the string "ids" unchanged, got {got['frames'][1]!r:.100}.""", see)
        expect_array(got['ids'], np.array([5, 6]), f'["ids"] of {call} (a NumPy array stays a NumPy array)', see)
        expect_tensor(move_to(torch.ones(2), 'cpu'), [1.0, 1.0], 'move_to(torch.ones(2), "cpu") (a single tensor)', see)

