from otter.test_files import test_case

OK_FORMAT = False

name = "q10_attention"
points = 3

@test_case(points=None, hidden=False)
def test_attention_public(attention, torch):
    from checks import expect_tensor, explain_failures
    see = '§11 Attention'
    with explain_failures(see):
        call = 'attention(q=[[[1, 0]]], k=[[[1, 0], [0, 0]]], v=[[[1], [0]]])'
        expect_tensor(attention(torch.tensor([[[1.0, 0.0]]]), torch.tensor([[[1.0, 0.0], [0.0, 0.0]]]), torch.tensor([[[1.0], [0.0]]])), torch.tensor([[[0.669762]]]), f'{call} (softmax of q k^T / sqrt(d), d = 2)', see, atol=1e-05)
        q, k = (torch.zeros(1, 2, 2), torch.tensor([[[1.0, 2.0], [-1.0, 0.5], [3.0, 0.0]]]))
        v = torch.tensor([[[1.0], [2.0], [6.0]]])
        expect_tensor(attention(q, k, v), torch.tensor([[[3.0], [3.0]]]), 'attention(q=zeros(1, 2, 2), k (1, 3, 2), v=[[[1], [2], [6]]]) (equal scores: the mean of the values, softmax over the KEYS)', see, atol=1e-05)
        mask = torch.tensor([[True, False, False], [True, True, True]])
        expect_tensor(attention(q, k, v, mask=mask), torch.tensor([[[1.0], [3.0]]]), 'attention(q=zeros(1, 2, 2), k, v=[[[1], [2], [6]]], mask=[[True, False, False], [True, True, True]]) (True = may attend: query 0 sees key 0 only, query 1 all three)', see, atol=1e-05)

