"""train_mlp returns parameters that have not learned, even on easy training data: every step
must move against the gradient (your adam_step, or w - lr * grad), for the given number of epochs.
This version adds the gradient instead (gradient ascent on the loss)."""
QUESTION = "q10_train_mlp"


def train_mlp(X, y, hidden=64, lr=1e-2, epochs=300, seed=0):
    rng = np.random.default_rng(seed)
    D = X.shape[1]
    params = {"W1": rng.normal(scale=np.sqrt(2.0 / D), size=(D, hidden)), "b1": np.zeros(hidden),
              "W2": rng.normal(scale=np.sqrt(1.0 / hidden), size=(hidden, 2)), "b2": np.zeros(2)}
    for _ in range(epochs):
        _, grads = two_layer_mlp_loss(params, X, y)
        for k in params:
            params[k] = params[k] + 0.1 * grads[k]
    return params
