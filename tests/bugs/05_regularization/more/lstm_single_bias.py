"""lstm_cell_forward adds only b_ih and forgets b_hh: PyTorch's LSTM has two bias vectors, and both are added to the gates."""
QUESTION = "q9_lstm_cell"


def lstm_cell_forward(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T
    i, f, g, o = gates.chunk(4, dim=1)
    c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    h_next = torch.sigmoid(o) * torch.tanh(c_next)
    return h_next, c_next
