"""Replaces the files the grader copies into its scratch folder with links to a file of
root's elsewhere, then ends its process: a grader that copied them again, as root and
following links, on the restart would overwrite that file and give it to the student."""
BASE = "solution"
ZERO = []
MESSAGE = "ended the Python process"
import os

for name in ("checks.py", "worker.py", "codec.py"):
    if os.path.lexists(name):
        os.remove(name)
    os.symlink("CANARY_PATH", name)
os._exit(0)
