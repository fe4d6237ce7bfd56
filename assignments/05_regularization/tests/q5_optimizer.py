from otter.test_files import test_case

OK_FORMAT = False

name = "q5_optimizer"
points = 4

@test_case(points=None, hidden=False)
def test_optimizer_public(make_optimizer, torch, student):
    from checks import expect_close, expect_instance, expect_true, explain_failures, on_student_side
    see = '§6 Weight decay (parameter groups)'
    with explain_failures(see):
        st = on_student_side(student, torch)
        model = st.nn.Sequential(st.nn.Linear(4, 8), st.nn.LayerNorm(8), st.nn.ReLU(), st.nn.Linear(8, 3))
        call = 'make_optimizer(Sequential(Linear(4, 8), LayerNorm(8), ReLU(), Linear(8, 3)), lr=1e-3, weight_decay=0.1)'
        lr, weight_decay = (0.001, 0.1)
        named = [(name, p.detach()) for name, p in [pair for pair in model.named_parameters()]]
        optimizer = make_optimizer(model, lr=lr, weight_decay=weight_decay)
        expect_instance(optimizer, 'torch.optim.AdamW', call, see)
        groups = optimizer.param_groups
        expect_true(isinstance(groups, list) and len(groups) == 2, f'{call}.param_groups', f'expected 2 parameter groups (decay and no decay), returned {len(groups)} group(s).', see)
        for group in groups:
            expect_close(group['lr'], lr, f'lr of a parameter group of {call}', see)
        decayed = [g for g in groups if g['weight_decay'] != 0.0]
        expect_true(len(decayed) == 1, f'{call}.param_groups', f"expected one group with weight_decay={weight_decay} and one with 0.0, returned the weight decays {[g['weight_decay'] for g in groups]}.", see)
        expect_close(decayed[0]['weight_decay'], weight_decay, f'weight_decay of the decayed group of {call}', see)
        remaining = list(named)
        for group in groups:
            should_decay = group['weight_decay'] != 0.0
            for tensor in group['params']:
                matches = [i for i, (_, p) in enumerate(remaining) if tuple(p.shape) == tuple(tensor.shape) and torch.equal(p, tensor.detach())]
                expect_true(matches, f'the parameters in the groups of {call}', f"expected each of the model's parameters exactly once, returned a tensor of shape {tuple(tensor.shape)} that is not a parameter of the model, or one listed twice.", see)
                name, _ = remaining.pop(matches[0])
                if should_decay:
                    expect_true(tensor.ndim >= 2, f'the decayed group of {call}', f'expected only weight matrices (ndim >= 2) with weight decay, returned `{name}` of shape {tuple(tensor.shape)} in the decayed group (biases and normalization parameters are not decayed).', see)
                else:
                    expect_true(tensor.ndim < 2, f'the group with weight_decay=0 of {call}', f'expected every weight matrix (ndim >= 2) to be decayed, returned `{name}` of shape {tuple(tensor.shape)} in the group without weight decay.', see)
        expect_true(not remaining, f'the parameter groups of {call}', f'expected every parameter of the model in a group, returned groups without {[name for name, _ in remaining]}.', see)

