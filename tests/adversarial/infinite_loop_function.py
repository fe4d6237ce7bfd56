"""A function that never returns: its question scores zero, the others are graded."""
BASE = "solution"
ZERO = ["q2_softmax"]
WALLS = False
MESSAGE = "did not finish"


def softmax(z):
    while True:
        pass
