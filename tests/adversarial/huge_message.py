"""Writes a 150 MB message straight to the socket the grader reads: the grader must refuse
it unread, not hold it in its own (root) memory."""
BASE = "solution"
ZERO = []
MESSAGE = "larger than 64 MB"
import os
import struct

data = b"\0" * (150 << 20)
os.write(3, struct.pack("!i", -1) + struct.pack("!Q", len(data)))
view = memoryview(data)
while view:
    view = view[os.write(3, view):]
