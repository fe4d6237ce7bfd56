"""Kills its own process with SIGKILL."""
BASE = "solution"
ZERO = []
WALLS = False
MESSAGE = "was killed"
import os
import signal

os.kill(os.getpid(), signal.SIGKILL)
