"""Leaves things behind: a process in a session of its own that never ends, a file in
/dev/shm and a System V shared-memory segment. None may outlive the grading."""
BASE = "solution"
ZERO = []
import ctypes
import os
import time

libc = ctypes.CDLL(None, use_errno=True)
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        libc.prctl(15, b"adv-leftover", 0, 0, 0)  # PR_SET_NAME: findable by name
        while True:
            time.sleep(1)
    os._exit(0)
try:
    with open("/dev/shm/adv-leftover", "w") as handle:
        handle.write("left behind")
except OSError:
    pass
libc.shmget(0x5EED, 4096, 0o1000 | 0o600)  # IPC_CREAT
time.sleep(0.5)
