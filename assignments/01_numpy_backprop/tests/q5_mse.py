from otter.test_files import test_case

OK_FORMAT = False

name = "q5_mse"
points = 3

@test_case(points=None, hidden=False)
def test_mse_public(mse_loss, np):
    from checks import expect_array, expect_close, expect_tuple, explain_failures
    see = '§6 Mean squared error'
    with explain_failures(see):
        loss, dpred = expect_tuple(mse_loss(np.array([1.0, 2.0]), np.array([1.0, 4.0])), 2, 'mse_loss(np.array([1., 2.]), np.array([1., 4.]))', see)
        expect_close(loss, 2.0, 'loss from mse_loss([1, 2], [1, 4])  (= ((1-1)**2 + (2-4)**2) / 2)', see)
        expect_array(dpred, np.array([0.0, -2.0]), 'dpred from mse_loss([1, 2], [1, 4])', see)
        loss, dpred = expect_tuple(mse_loss(np.ones((3, 2)), np.ones((3, 2))), 2, 'mse_loss(np.ones((3, 2)), np.ones((3, 2)))', see)
        expect_close(loss, 0.0, 'loss from mse_loss(np.ones((3, 2)), np.ones((3, 2)))', see)
        expect_array(dpred, np.zeros((3, 2)), 'dpred from mse_loss(np.ones((3, 2)), np.ones((3, 2)))', see)

@test_case(points=None, hidden=False)
def test_mse_all_entries_public(mse_loss, np):
    from checks import expect_array, expect_close, expect_tuple, explain_failures
    see = '§6 Mean squared error (mean over all entries)'
    with explain_failures(see):
        pred = np.array([[1.0, 2.0], [0.0, 0.0], [0.0, 1.0]])
        call = 'mse_loss(np.array([[1., 2.], [0., 0.], [0., 1.]]), np.zeros((3, 2)))'
        loss, dpred = expect_tuple(mse_loss(pred, np.zeros((3, 2))), 2, call, see)
        expect_close(loss, 1.0, f'loss from {call}  (= (1 + 4 + 0 + 0 + 0 + 1) / 6 entries)', see)
        expect_array(dpred, pred / 3.0, f'dpred from {call}  (= 2 * (pred - target) / 6 entries)', see)

