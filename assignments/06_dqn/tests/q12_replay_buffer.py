from otter.test_files import test_case

OK_FORMAT = False

name = "q12_replay_buffer"
points = 5

@test_case(points=1, hidden=False)
def test_replay_buffer_public(ReplayBuffer, torch, np, student):
    from checks import expect_close, expect_dict, expect_tensor, expect_true, explain_failures, on_student_side
    see = '§8 Experience replay'
    with explain_failures(see):
        st_np = on_student_side(student, np)
        buffer = ReplayBuffer(5, (2,), 'float32')
        for i in range(3):
            buffer.add(np.full(2, i + 1.0), i % 2, 0.5 * i, np.full(2, i + 2.0), i == 2, i == 1)
        expect_close(len(buffer), 3, "len(buffer) after 3 calls of add on ReplayBuffer(5, (2,), 'float32')", see)
        batch = expect_dict(buffer.sample(4, st_np.random.default_rng(0)), ['obs', 'actions', 'rewards', 'next_obs', 'terminated'], 'buffer.sample(4, rng)', see)
        what = 'buffer.sample(4, rng)[{!r}] (checking shape and dtype)'
        expect_tensor(batch['obs'], torch.ones(4, 2), what.format('obs'), see, atol=1e+30, dtype=torch.float32)
        expect_tensor(batch['actions'], torch.zeros(4), what.format('actions'), see, atol=1e+30, dtype=torch.int64)
        expect_tensor(batch['rewards'], torch.zeros(4), what.format('rewards'), see, atol=1e+30, dtype=torch.float32)
        expect_tensor(batch['terminated'], torch.zeros(4), what.format('terminated'), see, atol=1e+30, dtype=torch.bool)
        many = buffer.sample(30, st_np.random.default_rng(1))
        expect_true(bool((many['terminated'] == (many['obs'][:, 0] == 3.0)).all()), "buffer.sample(30, rng)['terminated'] after adding transition 0, transition 1 (terminated=False, truncated=True) and transition 2 (terminated=True, truncated=False)", f"expected terminated True exactly for transition 2 (obs [3, 3]): a truncated transition is stored as not terminated, returned flags {list(zip(many['obs'][:, 0].tolist(), many['terminated'].tolist()))[:6]} (obs[0], terminated).", see)
        stored = set(batch['obs'][:, 0].tolist())
        expect_true(stored <= {1.0, 2.0, 3.0}, "buffer.sample(4, rng)['obs']", f'expected only stored observations (first entries 1, 2 or 3), returned first entries {sorted(stored)}.', see)

