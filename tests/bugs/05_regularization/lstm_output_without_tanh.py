"""lstm_cell_forward returns h_next = o * c_next, without the tanh of the cell state: the hidden state is no longer bounded in (-1, 1) and grows with the memory."""
QUESTION = "q9_lstm_cell"


def lstm_cell_forward(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = gates.chunk(4, dim=1)
    c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    h_next = torch.sigmoid(o) * c_next
    return h_next, c_next
