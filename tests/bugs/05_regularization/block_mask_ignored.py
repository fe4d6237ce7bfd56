"""TransformerBlock does not pass `mask` on to attention: every position attends to every other one, so with a causal mask the outputs at early positions still depend on later inputs."""
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
        h = self.ln1(x)
        a = x + self.wo(attention(self.wq(h), self.wk(h), self.wv(h)))
        return a + self.fc2(torch.relu(self.fc1(self.ln2(a))))
