"""Deletes a graded function: its question scores zero with a clear message."""
BASE = "solution"
ZERO = ["q2_softmax"]
WALLS = False
MESSAGE = "`softmax` is not defined"
del softmax
