from otter.test_files import test_case

OK_FORMAT = False

name = "q1_get_device"
points = 2

@test_case(points=None, hidden=False)
def test_get_device_public(get_device, torch):
    from checks import expect_instance, expect_true, explain_failures
    see = '§3 Devices'
    with explain_failures(see):
        device = get_device()
        expect_instance(device, 'torch.device', 'get_device()', see)
        expect_true(device.type in ('cuda', 'mps', 'cpu'), 'get_device()', f'expected a cuda, mps or cpu device, got {device}.', see)
        try:
            total = float((torch.ones(3, device=device) * 2).sum())
        except (RuntimeError, AssertionError) as err:
            total = f'an error ({type(err).__name__}: {str(err)[:120]})'
        expect_true(total == 6.0, f'(torch.ones(3, device=get_device()) * 2).sum() with get_device() = {device}', f'expected 6.0 on a device this machine has, got {total}.', see)

