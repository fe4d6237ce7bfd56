from otter.test_files import test_case

OK_FORMAT = False

name = "q8_feature_maps"
points = 3

@test_case(points=1, hidden=False)
def test_feature_maps_public(first_layer_feature_maps, student, torch):
    from checks import expect_tensor, expect_true, explain_failures, on_student_side
    see = '§9 What the first layer sees: feature maps'
    with explain_failures(see):
        tnn = on_student_side(student, torch).nn
        on_student_side(student, torch).manual_seed(0)
        conv = tnn.Conv2d(1, 3, 5)
        model = tnn.Sequential(conv, tnn.ReLU(), tnn.MaxPool2d(2), tnn.Conv2d(3, 4, 3), tnn.ReLU(), tnn.Flatten(), tnn.Linear(16, 2))
        bias = conv.bias.detach()
        call = 'first_layer_feature_maps(model, torch.zeros(2, 1, 12, 12)) with model = Sequential(Conv2d(1, 3, 5), ReLU, MaxPool2d(2), Conv2d(3, 4, 3), ReLU, Flatten, Linear(16, 2))'
        maps = first_layer_feature_maps(model, torch.zeros(2, 1, 12, 12))
        expect_tensor(maps, bias.reshape(1, 3, 1, 1).expand(2, 3, 8, 8), call + ' (on zeros, map f is the bias of filter f)', see, rtol=1e-05, atol=1e-06)
        expect_true(not maps.requires_grad, call, 'expected a detached tensor (requires_grad False), returned one that requires grad: use torch.no_grad() or .detach().', see)

