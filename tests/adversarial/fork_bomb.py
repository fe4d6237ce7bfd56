"""Forks without end."""
BASE = "solution"
ZERO = []
# Depending on the process cap, the cell is stopped or its fork raises: either way it is named.
MESSAGE = '(starting `"""Forks without end."""`)'
import os

while True:
    os.fork()
