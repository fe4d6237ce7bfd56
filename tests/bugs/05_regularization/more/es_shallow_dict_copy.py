"""EarlyStopping copies the state dict with dict.copy(): a new dict, but the same tensors, which
the next weight update overwrites in place."""
QUESTION = "q6_early_stopping"


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best_loss, self.best_epoch, self.best_state = float("inf"), -1, None
        self.counter, self.epoch = 0, -1

    def step(self, val_loss, model):
        self.epoch += 1
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss, self.best_epoch, self.counter = val_loss, self.epoch, 0
            self.best_state = model.state_dict().copy()
        else:
            self.counter += 1
        return self.counter >= self.patience

    def restore(self, model):
        model.load_state_dict(self.best_state)
