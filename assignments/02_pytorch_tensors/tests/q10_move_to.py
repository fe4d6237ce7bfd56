from otter.test_files import test_case

OK_FORMAT = False

name = "q10_move_to"
points = 3

@test_case(points=None, hidden=False)
def test_move_to_public(move_to, torch):
    from checks import expect_dict, expect_tensor, expect_true, explain_failures
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

