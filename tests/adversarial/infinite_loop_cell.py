"""A cell that never ends: it is stopped and skipped, and the rest is graded."""
BASE = "solution"
ZERO = []
WALLS = False
MESSAGE = "ran longer than"
while True:
    pass
