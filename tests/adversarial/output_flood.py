"""Prints without end."""
BASE = "solution"
ZERO = []
MESSAGE = "File too large"
line = "x" * 100_000
while True:
    print(line)
