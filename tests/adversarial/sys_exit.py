"""Calls sys.exit, which Jupyter would turn into a dead kernel."""
BASE = "solution"
ZERO = []
WALLS = False
MESSAGE = "SystemExit"
import sys

sys.exit(1)
