"""Crashes the interpreter with a segmentation fault."""
BASE = "solution"
ZERO = []
WALLS = False
MESSAGE = "crashed (SIGSEGV)"
import ctypes

ctypes.string_at(0)
