from otter.test_files import test_case

OK_FORMAT = False

name = "q4_shapes"
points = 4

@test_case(points=None, hidden=False)
def test_shapes_public(add_batch_dim, nhwc_to_nchw, flatten_features, torch):
    from checks import expect_tensor, explain_failures
    see = '§5 Shapes, views and strides'
    with explain_failures(see):
        expect_tensor(add_batch_dim(torch.tensor([1.0, 2.0, 3.0, 4.0])), [[1.0, 2.0, 3.0, 4.0]], 'add_batch_dim(torch.tensor([1., 2., 3., 4.]))', see)
        x = torch.arange(12).reshape(1, 2, 2, 3)
        want = [[[[0, 3], [6, 9]], [[1, 4], [7, 10]], [[2, 5], [8, 11]]]]
        expect_tensor(nhwc_to_nchw(x), want, 'nhwc_to_nchw(torch.arange(12).reshape(1, 2, 2, 3))', see)
        expect_tensor(flatten_features(torch.ones(5, 2, 3)), torch.ones(5, 6), 'flatten_features(torch.ones(5, 2, 3))', see)

