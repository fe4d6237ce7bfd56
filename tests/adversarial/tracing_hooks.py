"""Installs trace and profile hooks that swallow exceptions."""
BASE = "stub"
ZERO = "all"
WALLS = False
import sys
import threading

def tracer(frame, event, arg):
    return tracer

sys.settrace(tracer)
sys.setprofile(lambda *args: None)
threading.settrace(tracer)
sys.excepthook = lambda *args: None
