"""Crashes the interpreter with a segmentation fault."""
BASE = "solution"
ZERO = []
MESSAGE = "crashed (SIGSEGV)"
import ctypes

ctypes.string_at(0)
