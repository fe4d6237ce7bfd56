"""train_mlp with plain gradient descent, a tiny learning rate and few epochs: it runs, but the
defaults leave the network far from trained (test accuracy well below 0.9)."""
QUESTION = "q10_train_mlp"
SAME_AS = "train_mlp_gradient_ascent"


def train_mlp(X, y, hidden=64, lr=1e-3, epochs=20, seed=0):
    rng = np.random.default_rng(seed)
    D = X.shape[1]
    params = {"W1": rng.normal(scale=np.sqrt(2.0 / D), size=(D, hidden)), "b1": np.zeros(hidden),
              "W2": rng.normal(scale=np.sqrt(1.0 / hidden), size=(hidden, 2)), "b2": np.zeros(2)}
    for _ in range(epochs):
        _, grads = two_layer_mlp_loss(params, X, y)
        for k in params:
            params[k] = sgd_step(params[k], grads[k], lr)
    return params
