"""Calls sys.exit, which Jupyter would turn into a dead kernel."""
BASE = "solution"
ZERO = []
MESSAGE = "SystemExit"
import sys

sys.exit(1)
