from otter.test_files import test_case

OK_FORMAT = False

name = "q11_transformer_block"
points = 4

@test_case(points=None, hidden=False)
def test_transformer_block_public(TransformerBlock, torch, student):
    from checks import expect_instance, expect_shape, expect_tensor, expect_true, explain_failures, references
    see = '§12 A pre-LayerNorm Transformer block'
    with explain_failures(see):
        block = TransformerBlock(4, 8)
        expect_instance(block, 'torch.nn.Module', 'TransformerBlock(4, 8)', see)
        keys = {f'{m}.{p}' for m in ('ln1', 'ln2', 'wq', 'wk', 'wv', 'wo', 'fc1', 'fc2') for p in ('weight', 'bias')}
        state = block.state_dict()
        expect_true(keys <= set(state), 'TransformerBlock(4, 8).state_dict()', f'expected the keys {sorted(keys)}, returned {sorted(state)}.', see)
        x = torch.tensor([[[1.0, -2.0, 0.5, 3.0], [0.0, 1.0, -1.0, 2.0], [2.0, 2.0, -3.0, 0.0]], [[-1.0, 0.0, 4.0, 1.0], [0.5, -0.5, 1.5, -2.5], [3.0, 1.0, 0.0, -1.0]]])
        with references(student, 'attention'):
            out = block(x.clone())
            expect_shape(out, (2, 3, 4), 'TransformerBlock(4, 8)(x) for x of shape (2, 3, 4)', see)
            causal = torch.tril(torch.ones(3, 3, dtype=torch.bool))
            first = block(x.clone(), causal).detach()
            changed = x.clone()
            changed[:, 2] += torch.tensor([5.0, -5.0, 5.0, -5.0])
            second = block(changed, causal).detach()
            expect_tensor(second[:, :2], first[:, :2], 'the outputs at positions 0 and 1 of TransformerBlock(4, 8)(x, mask=causal) after a change of x at position 2 only (with a causal mask, earlier positions cannot see later ones: pass mask to attention)', see, rtol=1e-05, atol=1e-06)
            block.load_state_dict({'wo.weight': torch.zeros(4, 4), 'wo.bias': torch.zeros(4), 'fc2.weight': torch.zeros(4, 8), 'fc2.bias': torch.zeros(4)}, strict=False)
            expect_tensor(block(x.clone()), x, 'TransformerBlock(4, 8)(x) with wo and fc2 (weights and biases) set to 0 (both branches are 0, so out = x: the residual path of a pre-LN block carries x unchanged, with no LayerNorm on it)', see, rtol=1e-06, atol=1e-06)

