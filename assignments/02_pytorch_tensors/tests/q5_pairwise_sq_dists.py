from otter.test_files import test_case

OK_FORMAT = False

name = "q5_pairwise_sq_dists"
points = 3

@test_case(points=None, hidden=False)
def test_pairwise_sq_dists_public(pairwise_sq_dists, torch):
    from checks import expect_tensor, explain_failures
    see = '§6 Broadcasting'
    with explain_failures(see):
        a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
        b = torch.tensor([[0.0, 0.0], [3.0, 4.0], [1.0, 0.0]])
        expect_tensor(pairwise_sq_dists(a, b), [[0.0, 25.0, 1.0], [2.0, 13.0, 1.0]], 'pairwise_sq_dists([[0, 0], [1, 1]], [[0, 0], [3, 4], [1, 0]])', see, atol=1e-05)
        expect_tensor(pairwise_sq_dists(torch.tensor([[1.0]]), torch.tensor([[0.0], [3.0]])), [[1.0, 4.0]], 'pairwise_sq_dists([[1.]], [[0.], [3.]]) (N = 1, M = 2, D = 1)', see, atol=1e-05)

