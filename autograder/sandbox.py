"""The checker's handle on the student's process.

The submission's code runs in a separate Python process (worker.py, forked from the
checker's fork server where there is one) with limits on time, memory and file size,
walled in where the grader runs as root (isolation.py); tests run here and reach student
code only through calls whose arguments and results cross as plain data (codec.py). A
cell that hangs or kills its process is skipped on a restart, so the rest of the notebook
is still graded.
"""
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from . import codec, isolation, worker

HERE = Path(__file__).parent
MAX_RESTARTS = 4
# The student's process's environment, besides PATH and the paths into its scratch folder.
STUDENT_ENV = {"LANG": "C.UTF-8", "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0",
               "PYTHONDONTWRITEBYTECODE": "1"}


@dataclass(frozen=True)
class Limits:
    cell_seconds: float = 120.0
    call_seconds: float = 60.0
    total_seconds: float = 600.0
    memory_mb: int = 4096
    output_mb: int = 32


class StudentError(Exception):
    """The student's code raised, hung, or ended its process during a call."""


def enter_limits(limits, scratch, hidden, walls):
    """What the student's process does to itself before it runs any student code."""
    os.setsid()
    memory = limits.memory_mb * 2 ** 20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    output = limits.output_mb * 2 ** 20
    resource.setrlimit(resource.RLIMIT_FSIZE, (output, output))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if walls:
        isolation.enter(str(scratch), hidden)


def start_forked_worker(request, fds):
    """In a process forked by the ForkServer: become the student's process and run the
    worker (never returns). The socket to the grader becomes fd 3, the log stdout and
    stderr; every other descriptor the grader had open is closed."""
    connection, log = fds
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.dup2(connection, 3)
    os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    scratch = request["scratch"]
    enter_limits(Limits(**request["limits"]), scratch, request["hidden"], request["walls"])
    if request["walls"]:
        isolation.own_process()
    os.chdir(scratch)
    os.environ.clear()
    os.environ.update(request["env"])
    tempfile.tempdir = None  # the grader's choice of temporary folder is cached
    sys.dont_write_bytecode = True
    sys.argv = ["worker.py"]
    sys.path[:] = [scratch] + [p for p in sys.path if p and "site-packages" in p
                               or p.startswith(sys.base_prefix)]
    random.seed()  # a fresh process would seed from the OS: forks must not share a sequence
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()
    worker.main(3)


def environment(scratch):
    """The student's process's environment: its home and temporary folder are its scratch."""
    scratch = str(scratch)
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": scratch,
            "TMPDIR": scratch, "MPLCONFIGDIR": scratch, **STUDENT_ENV}


def popen_limited(command, scratch, limits, hidden, walls, stdout, pass_fds=()):
    """A fresh Python process in `scratch`, limited (and walled in) like the student's."""
    return subprocess.Popen(command, cwd=scratch, env=environment(scratch),
                            stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.STDOUT,
                            pass_fds=pass_fds,
                            preexec_fn=lambda: enter_limits(limits, scratch, hidden, walls))


class StudentProcess:
    walls = None  # whether isolation works on this machine: probed once per process
    _probe = None  # (process, scratch folder) of the probe under way

    def __init__(self, cells, files=(), limits=Limits(), log_path=None, hidden=(), server=None):
        self.cells = list(cells)
        self.server = server  # a ForkServer, or None: start `python worker.py` afresh
        self.hidden = [os.path.realpath(p) for p in hidden]
        self.files = [Path(f) for f in files]
        self.limits = limits
        self.log_path = log_path
        self.cell_errors = {}  # cell index -> what went wrong, in a student's words
        self.skip = set()
        self.deadline = time.monotonic() + limits.total_seconds
        self.restarts = 0
        self.proc = None
        self.conn = None
        self.generation = 0  # counts process starts: references die with their process
        self.reference_type = None  # set by the checker: how it wraps student-side objects
        self.scratch = Path(tempfile.mkdtemp(prefix="grade-"))

    # -- process lifecycle -------------------------------------------------------------
    def _spawn(self):
        self.generation += 1
        copies = self.files if self.server else [HERE / "worker.py", HERE / "codec.py", *self.files]
        for path in copies:
            shutil.copy(path, self.scratch / path.name)
        walls = self.has_walls()
        if walls:  # the student's user owns its scratch folder, nothing else
            for path in [self.scratch, *self.scratch.iterdir()]:
                os.chown(path, isolation.STUDENT_UID, isolation.STUDENT_GID)
        ours, theirs = socket.socketpair()
        log = os.open(self.log_path or os.devnull, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if self.server:
                self.proc = self.server.spawn(
                    {"scratch": str(self.scratch), "hidden": self.hidden, "walls": walls,
                     "limits": vars(self.limits), "env": environment(self.scratch)},
                    [theirs.fileno(), log])
            else:
                self.proc = popen_limited(
                    [sys.executable, "-E", "-s", "worker.py", str(theirs.fileno())],
                    self.scratch, self.limits, self.hidden, walls, log, [theirs.fileno()])
        finally:
            theirs.close()
            os.close(log)
        self.conn = Connection(os.dup(ours.fileno()))
        ours.close()

    @classmethod
    def probe_walls(cls, limits, hidden):
        """Start finding out, in the background, whether the student's process can be
        walled in here (isolation.py): once per process; `has_walls` waits for the answer."""
        if cls.walls is not None or cls._probe is not None:
            return
        if not isolation.available():
            cls.walls = False
            return
        scratch = Path(tempfile.mkdtemp(prefix="walls-"))
        try:
            os.chown(scratch, isolation.STUDENT_UID, isolation.STUDENT_GID)
            hidden = [os.path.realpath(p) for p in hidden]
            cls._probe = (popen_limited([sys.executable, "-c", "import numpy"], scratch, limits,
                                        hidden, True, subprocess.DEVNULL), scratch)
        except (subprocess.SubprocessError, OSError):
            shutil.rmtree(scratch, ignore_errors=True)
            cls.walls = False

    @classmethod
    def end_probe(cls):
        """Wait for the probe under way, if any, record its answer and remove its folder."""
        if cls._probe is not None:
            probe, scratch = cls._probe
            try:
                cls.walls = probe.wait(timeout=60) == 0
            except subprocess.TimeoutExpired:
                probe.kill()
                probe.wait()
                cls.walls = False
            finally:
                cls._probe = None
                shutil.rmtree(scratch, ignore_errors=True)

    def has_walls(self):
        """Whether the student's process runs walled in (isolation.py); probed once."""
        StudentProcess.probe_walls(self.limits, self.hidden)  # no-op once known or under way
        StudentProcess.end_probe()
        return StudentProcess.walls

    def _kill(self):
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.proc.wait()
            self.proc = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def close(self):
        if self.conn is not None and self.proc is not None:
            try:
                self.conn.send_bytes(codec.encode({"op": "exit"}))
                self.proc.wait(timeout=2)
            except Exception:
                pass
        self._kill()
        shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- messages ----------------------------------------------------------------------
    def _send(self, message, callbacks=None):
        self.conn.send_bytes(codec.encode(message, callbacks))

    def _receive(self, seconds, make_reference=None):
        """The next message, or TimeoutError / EOFError (the process ended)."""
        seconds = min(seconds, self.deadline - time.monotonic())
        if seconds <= 0 or not self.conn.poll(seconds):
            raise TimeoutError
        return codec.decode(self.conn.recv_bytes(codec.MAX_MESSAGE_BYTES),
                            make_reference=make_reference)

    def _exit_reason(self):
        try:
            code = self.proc.wait(timeout=5) if self.proc else None
        except subprocess.TimeoutExpired:  # alive but out of step with us: the caller kills it
            return "stopped answering the grader"
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            if name == "SIGXFSZ":
                return "printed or wrote more output than allowed and was stopped"
            if name == "SIGKILL":
                return "was killed (most often: it ran out of memory)"
            return f"crashed ({name})"
        return f"ended the Python process (exit code {code}; `os._exit`, `sys.exit` in a thread, or a crash)"

    # -- running the notebook ----------------------------------------------------------
    def run_notebook(self):
        """Run every cell; a cell that hangs or ends the process is recorded in
        `cell_errors` and skipped on a restart. Returns once the process is ready for calls."""
        while True:
            self._spawn()
            self._send({"cells": self.cells, "skip": sorted(self.skip)})
            running = None
            try:
                while True:
                    message = self._receive(self.limits.cell_seconds if running is not None
                                            else self.limits.call_seconds)
                    event = message.get("event") if isinstance(message, dict) else None
                    if event == "cell_start":
                        running = message["index"]
                    elif event == "cell_done":
                        running = None
                        if message["error"]:
                            self.cell_errors[message["index"]] = str(message["error"])
                    elif event == "ready":
                        return
                    else:
                        raise codec.DecodeError("unexpected message")
            except TimeoutError:
                self._kill()
                if time.monotonic() >= self.deadline:
                    raise StudentError(f"the notebook ran longer than the limit of "
                                       f"{self.limits.total_seconds:.0f} s in total") from None
                reason = f"ran longer than {self.limits.cell_seconds:.0f} s and was stopped"
            except (EOFError, OSError, codec.DecodeError):
                reason = self._exit_reason()
                self._kill()
            if running is None or self.restarts >= MAX_RESTARTS:
                raise StudentError(f"the notebook could not be run: the process {reason}")
            self.cell_errors[running] = f"this cell {reason}; it was skipped"
            self.skip.add(running)
            self.restarts += 1

    def _ensure_running(self):
        if self.proc is None:
            if self.restarts >= MAX_RESTARTS:
                raise StudentError("your code ended its process too many times to grade further")
            self.restarts += 1
            self.run_notebook()

    def lookup(self, name):
        """What `name` is in the student's namespace: {'kind': 'missing' | 'module' |
        'callable' | 'value', ...}."""
        return self.request({"op": "lookup", "name": name}, f"`{name}`")

    def request(self, message, what):
        """Send one request (see worker.answer) and return its value. Checker callables in
        the arguments are served while the student's code runs; arrays and tensors the
        student's code updated in place are copied back into the checker's arguments.
        Raises StudentError if the student's code raised, hung or ended its process."""
        self._ensure_running()
        callbacks = []
        self._send(message, callbacks)
        try:
            while True:
                reply = self._receive(self.limits.call_seconds, self._make_reference)
                if reply.get("op") == "callback":
                    self._answer_callback(callbacks[reply["handle"]], reply)
                elif reply.get("op") == "raise":
                    raise StudentError(f"{what} raised {reply['error']}")
                elif message["op"] == "lookup":
                    return reply
                else:
                    if "updated" in reply:
                        codec.copy_into(codec.arrays_in([message["args"], message["kwargs"]]),
                                        reply["updated"])
                    return reply["value"]
        except TimeoutError:
            self._kill()
            raise StudentError(f"{what} did not finish within {self.limits.call_seconds:.0f} s "
                               f"and was stopped") from None
        except (EOFError, OSError, codec.DecodeError, KeyError, AttributeError, TypeError,
                IndexError):
            reason = self._exit_reason() if self.proc else "failed"
            self._kill()
            raise StudentError(f"while running {what}, the process {reason}") from None

    def _make_reference(self, handle, type_name, is_callable):
        return self.reference_type(self, handle, type_name, is_callable, self.generation)

    def _answer_callback(self, function, message):
        try:
            reply = {"op": "return", "value": function(*message["args"], **message["kwargs"])}
        except Exception as error:
            reply = {"op": "raise", "error": f"{type(error).__name__}: {error}"}
        self._send(reply)
