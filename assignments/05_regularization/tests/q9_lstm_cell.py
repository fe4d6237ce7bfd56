from otter.test_files import test_case

OK_FORMAT = False

name = "q9_lstm_cell"
points = 3

@test_case(points=None, hidden=False)
def test_lstm_cell_public(lstm_cell_forward, torch):
    from checks import expect_tensor, expect_tuple, explain_failures
    see = '§10 Recurrent memory: the LSTM cell'
    with explain_failures(see):
        x, h, c = (torch.tensor([[1.0, -1.0]]), torch.tensor([[0.5, 0.5]]), torch.tensor([[2.0, -1.0]]))
        call = 'lstm_cell_forward(x=[[1, -1]], h=[[0.5, 0.5]], c=[[2, -1]], with all weights and biases 0)'
        h_next, c_next = expect_tuple(lstm_cell_forward(x, h, c, torch.zeros(8, 2), torch.zeros(8, 2), torch.zeros(8), torch.zeros(8)), 2, call, see)
        expect_tensor(c_next, torch.tensor([[1.0, -0.5]]), f'c_next from {call} (f * c + i * g = 0.5 * c)', see, atol=1e-05)
        expect_tensor(h_next, torch.tensor([[0.380797, -0.231059]]), f'h_next from {call} (o * tanh(c_next) = 0.5 * tanh(c_next))', see, atol=1e-05)
        call = 'lstm_cell_forward(x=[[1]], h=[[0]], c=[[5]], W_ih=0, W_hh=0, b_ih=[10, -10, 0, 10], b_hh=[0, 0, 1, 0])'
        h_next, c_next = expect_tuple(lstm_cell_forward(torch.ones(1, 1), torch.zeros(1, 1), torch.tensor([[5.0]]), torch.zeros(4, 1), torch.zeros(4, 1), torch.tensor([10.0, -10.0, 0.0, 10.0]), torch.tensor([0.0, 0.0, 1.0, 0.0])), 2, call, see)
        expect_tensor(c_next, torch.tensor([[0.761787]]), f'c_next from {call} (gate order i, f, g, o: forget gate shut, input gate open; both biases count)', see, atol=1e-05)
        expect_tensor(h_next, torch.tensor([[0.642099]]), f'h_next from {call}', see, atol=1e-05)

