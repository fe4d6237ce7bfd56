from otter.test_files import test_case

OK_FORMAT = False

name = "q7_residual"
points = 4

@test_case(points=None, hidden=False)
def test_residual_public(ResidualBlock, torch, student):
    from checks import expect_instance, expect_tensor, expect_true, explain_failures, on_student_side
    see = '§8 Residual connections'
    with explain_failures(see):
        block = ResidualBlock(4)
        expect_instance(block, 'torch.nn.Module', 'ResidualBlock(4)', see)
        state = block.state_dict()
        expect_true('fc2.weight' in state and 'fc1.weight' in state, 'ResidualBlock(4).state_dict()', f"expected the submodules fc1 and fc2 (keys 'fc1.weight', 'fc2.weight', ...), returned the keys {sorted(state)}.", see)
        block.load_state_dict({'fc2.weight': torch.zeros(4, 4), 'fc2.bias': torch.zeros(4)}, strict=False)
        x = torch.tensor([[1.0, -2.0, 0.5, -0.25], [0.0, 3.0, -1.0, 2.0], [-4.0, 0.0, 1.0, 1.0]])
        expect_tensor(block(x.clone()), x, "ResidualBlock(4) with fc2's weight and bias set to 0, applied to x of shape (3, 4) (the branch is 0, so out = x: negative entries included)", see, rtol=1e-06, atol=1e-06)
        dout = torch.tensor([[1.0, 2.0, -1.0, 0.5], [0.0, -3.0, 1.0, 1.0], [2.0, 0.0, 0.0, -1.0]])
        _, vjp_fn = on_student_side(student, torch).func.vjp(block, x.clone())
        dx, = vjp_fn(dout.clone())
        expect_tensor(dx, dout, 'dL/dx through ResidualBlock(4) with fc2 set to 0, for the upstream gradient dout (the identity path passes dout through unchanged; a shortcut cut off from the graph, e.g. by .detach(), gives zeros)', see, rtol=1e-06, atol=1e-06)
        wide = ResidualBlock(4, 6)
        state = wide.state_dict()
        expect_true('proj.weight' in state, 'ResidualBlock(4, 6).state_dict()', f"expected a projection `proj` (key 'proj.weight') when in_dim != out_dim, returned the keys {sorted(state)}.", see)
        wide.load_state_dict({'fc2.weight': torch.zeros(6, 6), 'fc2.bias': torch.zeros(6)}, strict=False)
        want = x @ state['proj.weight'].T + (state['proj.bias'] if 'proj.bias' in state else 0.0)
        expect_tensor(wide(x.clone()), want, 'ResidualBlock(4, 6) with fc2 set to 0, applied to x of shape (3, 4) (out = proj(x), shape (3, 6))', see, rtol=1e-05, atol=1e-06)

