"""make_mlp passes 1 - dropout to nn.Dropout, as if nn.Dropout took the keep probability."""
QUESTION = "q8_experiment"


def make_mlp(in_dim, hidden, out_dim, dropout=0.0):
    return nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU(), nn.Dropout(1 - dropout),
                         nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(1 - dropout),
                         nn.Linear(hidden, out_dim))
