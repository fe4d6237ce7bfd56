"""train_mlp builds the parameters but its loop runs over range(0) (epochs ignored), so it
returns the untrained random initialisation."""
QUESTION = "q10_train_mlp"
SAME_AS = "train_mlp_gradient_ascent"


def train_mlp(X, y, hidden=64, lr=1e-2, epochs=300, seed=0):
    rng = np.random.default_rng(seed)
    D = X.shape[1]
    params = {"W1": rng.normal(scale=np.sqrt(2.0 / D), size=(D, hidden)), "b1": np.zeros(hidden),
              "W2": rng.normal(scale=np.sqrt(1.0 / hidden), size=(hidden, 2)), "b2": np.zeros(2)}
    m = {k: np.zeros_like(p) for k, p in params.items()}
    v = {k: np.zeros_like(p) for k, p in params.items()}
    for t in range(1, 1):
        _, grads = two_layer_mlp_loss(params, X, y)
        for k in params:
            params[k], m[k], v[k] = adam_step(params[k], grads[k], m[k], v[k], t, lr=lr)
    return params
