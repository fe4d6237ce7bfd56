"""Kills its own process with SIGKILL."""
BASE = "solution"
ZERO = []
MESSAGE = "was killed"
import os
import signal

os.kill(os.getpid(), signal.SIGKILL)
