"""A graded function that ends the process when called: its question scores zero,
and the questions after it are still graded on a restarted process."""
BASE = "solution"
ZERO = ["q5_mse"]
WALLS = False
MESSAGE = "while running"
import os


def mse_loss(pred, target):
    os._exit(3)
