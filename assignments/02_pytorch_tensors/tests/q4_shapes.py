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
        expect_tensor(add_batch_dim(torch.tensor([[1.0, 2.0], [3.0, 4.0]])), [[[1.0, 2.0], [3.0, 4.0]]], 'add_batch_dim(torch.tensor([[1., 2.], [3., 4.]])) (one observation of shape (2, 2))', see)
        x = torch.arange(12).reshape(1, 2, 2, 3)
        want = [[[[0, 3], [6, 9]], [[1, 4], [7, 10]], [[2, 5], [8, 11]]]]
        expect_tensor(nhwc_to_nchw(x), want, 'nhwc_to_nchw(torch.arange(12).reshape(1, 2, 2, 3))', see)
        expect_tensor(flatten_features(torch.ones(5, 2, 3)), torch.ones(5, 6), 'flatten_features(torch.ones(5, 2, 3))', see)
        expect_tensor(flatten_features(torch.ones(1, 2, 3)), torch.ones(1, 6), 'flatten_features(torch.ones(1, 2, 3)) (a batch of one)', see)
        x = torch.arange(24.0).reshape(2, 3, 4).permute(0, 2, 1)
        want = [[0.0, 4.0, 8.0, 1.0, 5.0, 9.0, 2.0, 6.0, 10.0, 3.0, 7.0, 11.0], [12.0, 16.0, 20.0, 13.0, 17.0, 21.0, 14.0, 18.0, 22.0, 15.0, 19.0, 23.0]]
        expect_tensor(flatten_features(x), want, 'flatten_features(torch.arange(24.).reshape(2, 3, 4).permute(0, 2, 1)) (not contiguous)', see)

