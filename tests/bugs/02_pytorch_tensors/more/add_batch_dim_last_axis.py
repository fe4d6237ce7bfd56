"""add_batch_dim adds the new axis at the end (unsqueeze(-1)): (obs_dim,) becomes (obs_dim, 1),
a batch of obs_dim observations with one feature each."""
QUESTION = "q4_shapes"


def add_batch_dim(x):
    return x.unsqueeze(-1)
