"""Correct alternatives for the sequence models: an LSTM cell with one matrix product per
gate (row slices of the weights) and F.linear; attention with torch.where, a large negative
number instead of -inf and a hand-written softmax, through einsum; a Transformer block that
uses F.layer_norm with its modules' parameters and nn.ReLU; an evaluate that restores the mode
in a finally clause."""
QUESTION = "q9_lstm_cell"


def lstm_cell_forward(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]

    def gate(k):
        rows = slice(k * H, (k + 1) * H)
        return F.linear(x, W_ih[rows], b_ih[rows]) + F.linear(h, W_hh[rows], b_hh[rows])

    i, f, g, o = torch.sigmoid(gate(0)), torch.sigmoid(gate(1)), torch.tanh(gate(2)), torch.sigmoid(gate(3))
    c_new = f * c + i * g
    return o * torch.tanh(c_new), c_new


def attention(q, k, v, mask=None):
    d = q.size(-1)
    scores = torch.einsum("...qd,...kd->...qk", q, k) / torch.sqrt(torch.tensor(float(d), dtype=q.dtype))
    if mask is not None:
        scores = torch.where(mask, scores, torch.full_like(scores, -1e30))
    scores = scores - scores.max(dim=-1, keepdim=True).values
    weights = scores.exp()
    weights = weights / weights.sum(dim=-1, keepdim=True)
    return torch.einsum("...qk,...kv->...qv", weights, v)


class TransformerBlock(nn.Module):
    def __init__(self, d_model, d_ff):
        super().__init__()
        self.d_model = d_model
        self.ln1, self.ln2 = nn.LayerNorm(d_model), nn.LayerNorm(d_model)
        self.wq, self.wk, self.wv, self.wo = (nn.Linear(d_model, d_model) for _ in range(4))
        self.fc1, self.fc2 = nn.Linear(d_model, d_ff), nn.Linear(d_ff, d_model)
        self.act = nn.ReLU()

    def forward(self, x, mask=None):
        shape = (self.d_model,)
        h = F.layer_norm(x, shape, self.ln1.weight, self.ln1.bias, self.ln1.eps)
        attended = attention(self.wq(h), self.wk(h), self.wv(h), mask=mask)
        x = x + self.wo(attended)
        y = F.layer_norm(x, shape, self.ln2.weight, self.ln2.bias, self.ln2.eps)
        return x + self.fc2(self.act(self.fc1(y)))


def evaluate(model, X, y):
    # the mode restored in a finally clause; torch.inference_mode instead of no_grad; counts instead of a mean
    previous = model.training
    try:
        model.train(False)
        with torch.inference_mode():
            scores = model(X)
            loss = float(F.cross_entropy(scores, y, reduction="sum")) / len(y)
            correct = int((scores.max(dim=1).indices == y).sum())
    finally:
        model.train(previous)
    return loss, correct / len(y)
