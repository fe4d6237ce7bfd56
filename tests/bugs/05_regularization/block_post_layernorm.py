"""TransformerBlock applies each LayerNorm after its residual addition (the original post-LN block, LN(x + attention(x))) instead of to the input of each branch: the residual path is normalised, and a block whose branches output 0 is no longer the identity."""
QUESTION = "q11_transformer_block"


class TransformerBlock(nn.Module):
    def __init__(self, d_model, d_ff):
        super().__init__()
        self.ln1 = nn.LayerNorm(d_model)
        self.wq = nn.Linear(d_model, d_model)
        self.wk = nn.Linear(d_model, d_model)
        self.wv = nn.Linear(d_model, d_model)
        self.wo = nn.Linear(d_model, d_model)
        self.ln2 = nn.LayerNorm(d_model)
        self.fc1 = nn.Linear(d_model, d_ff)
        self.fc2 = nn.Linear(d_ff, d_model)

    def forward(self, x, mask=None):
        a = self.ln1(x + self.wo(attention(self.wq(x), self.wk(x), self.wv(x), mask)))
        return self.ln2(a + self.fc2(torch.relu(self.fc1(a))))
