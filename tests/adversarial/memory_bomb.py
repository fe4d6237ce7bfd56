"""Allocates far more memory than the limit."""
BASE = "solution"
ZERO = []
MESSAGE = "MemoryError"
hog = [bytearray(10 ** 8) for _ in range(200)]
