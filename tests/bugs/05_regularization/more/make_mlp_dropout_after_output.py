"""make_mlp puts a Dropout after the output layer as well: in training mode, half of the class
scores are zeroed (three Dropout layers instead of two)."""
QUESTION = "q8_experiment"


def make_mlp(in_dim, hidden, out_dim, dropout=0.0):
    return nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU(), nn.Dropout(dropout),
                         nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(dropout),
                         nn.Linear(hidden, out_dim), nn.Dropout(dropout))
