"""Ends the process in the middle of the notebook."""
BASE = "solution"
ZERO = []
WALLS = False
MESSAGE = "ended the Python process"
import os

os._exit(0)
