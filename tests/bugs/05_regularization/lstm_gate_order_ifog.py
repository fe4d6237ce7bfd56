"""lstm_cell_forward splits the gates in the order i, f, o, g instead of PyTorch's i, f, g, o: the candidate and the output gate swap places, so the cell writes a squashed output gate into its memory.

The rows of PyTorch's LSTM weights are the input gate, the forget gate, the candidate (tanh)
and the output gate, in that order (other libraries use other orders).
"""
QUESTION = "q9_lstm_cell"


def lstm_cell_forward(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, o, g = gates.chunk(4, dim=1)
    c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    h_next = torch.sigmoid(o) * torch.tanh(c_next)
    return h_next, c_next
