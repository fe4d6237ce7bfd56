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
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from . import codec, forkserver, isolation, worker

HERE = Path(__file__).parent
MAX_RESTARTS = 4
WALLS_FAILED = 71  # the exit code of a student process that could not be walled in
# The student's process's environment, besides PATH and the paths into its scratch folder.
STUDENT_ENV = {"LANG": "C.UTF-8", "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0",
               "PYTHONDONTWRITEBYTECODE": "1", "USER": "student", "LOGNAME": "student"}


@dataclass(frozen=True)
class Limits:
    cell_seconds: float = 120.0
    call_seconds: float = 60.0
    total_seconds: float = 600.0
    memory_mb: int = 4096
    output_mb: int = 32


class StudentError(Exception):
    """The student's code raised, hung, or ended its process during a call."""


class WallsError(Exception):
    """The walls this machine allows could not be built: grading must not go on."""


def enter_walls(request):
    """What the student's process does to itself before it runs any student code: its own
    session, limits, and the walls of `request["tier"]` (isolation.py)."""
    os.setsid()
    limits = Limits(**request["limits"])
    memory = limits.memory_mb * 2 ** 20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    output = limits.output_mb * 2 ** 20
    resource.setrlimit(resource.RLIMIT_FSIZE, (output, output))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if request["tier"] != isolation.NONE:
        isolation.enter(request["tier"], request["scratch"], request["uid"], request["hidden"],
                        request.get("shared"))
        isolation.own_process()
    os.chdir(request["scratch"])


def _attach(connection, log):
    """The socket to the grader becomes fd 3, the log stdout and stderr; every other
    descriptor the grader had open is closed."""
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.dup2(connection, 3)
    os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])


def start_forked_worker(request, fds):
    """In a process forked by the ForkServer: become the student's process and run the
    worker (never returns)."""
    _attach(*fds)
    os.environ.clear()
    isolation.forget_grader_environment()  # what /proc/self/environ would still show
    try:
        enter_walls(request)
    except BaseException:
        traceback.print_exc()  # into the log: what kept the walls from being built
        os._exit(WALLS_FAILED)
    scratch = request["scratch"]
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


def start_exec(command, request, fds):
    """A fresh process running `command` (with the socket as fd 3 and `{fd}` in its
    arguments replaced by 3), limited and walled in like a forked student process.
    Returns its `forkserver.Child`."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        try:
            _attach(*fds)
            enter_walls(request)
            os.execve(command[0], [part.replace("{fd}", "3") for part in command], request["env"])
        except BaseException:
            traceback.print_exc()  # into the log: what kept the walls from being built
        finally:
            os._exit(WALLS_FAILED)
    return forkserver.Child(pid)


class StudentProcess:
    tier = None  # which walls this machine allows (isolation.py): found once per process

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
        self.heard = False  # whether the process now running has sent anything
        self.reference_type = None  # set by the checker: how it wraps student-side objects
        self.uid = isolation.student_uid()
        # Root's folder, which the student's user may pass through but not list; each
        # process start gets a fresh scratch folder in it.
        self.base = Path(tempfile.mkdtemp(prefix="grade-"))
        self.base.chmod(0o711)
        self.scratch = None
        # Where tests leave files for the student's code to read (their temporary folders).
        self.shared = self.base / "shared"
        self.shared.mkdir(mode=0o755)

    # -- process lifecycle -------------------------------------------------------------
    def _new_scratch(self):
        """A fresh scratch folder holding fresh copies of the files the notebook needs,
        made by root where the student could plant nothing, then given to the student."""
        tier = self.walls()
        self.scratch = self.base / f"scratch-{self.generation}"
        self.scratch.mkdir(mode=0o700)
        copies = self.files if self.server else [HERE / "worker.py", HERE / "codec.py", *self.files]
        for path in copies:
            shutil.copyfile(path, self.scratch / path.name)
        if tier != isolation.NONE:
            for path in [self.scratch, *self.scratch.iterdir()]:
                os.chown(path, self.uid, self.uid, follow_symlinks=False)
        return tier

    def _spawn(self):
        self.generation += 1
        self.heard = False  # from this process: until it speaks, its walls may have failed
        tier = self._new_scratch()
        request = {"scratch": str(self.scratch), "hidden": self.hidden, "tier": tier,
                   "uid": self.uid, "limits": vars(self.limits), "shared": str(self.shared),
                   "env": environment(self.scratch)}
        ours, theirs = socket.socketpair()
        log = os.open(self.log_path or os.devnull, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            fds = [theirs.fileno(), log]
            if self.server:
                self.proc = self.server.spawn(request, fds)
            else:
                self.proc = start_exec([sys.executable, "-E", "-s", "worker.py", "{fd}"],
                                       request, fds)
        finally:
            theirs.close()
            os.close(log)
        self.conn = Connection(os.dup(ours.fileno()))
        ours.close()

    @classmethod
    def walls(cls):
        """The tier of walls the student's process runs in (isolation.py), found once per
        process. That the walls of that tier can be built is learnt from the first student
        process: one that cannot build them ends before it says anything (WALLS_FAILED),
        and grading stops (WallsError): never grade without them."""
        if cls.tier is None:
            cls.tier = isolation.detect_tier()
            if cls.tier == isolation.USERS:
                isolation.open_the_way(isolation.readable_paths())
        return cls.tier

    def _kill(self):
        """End the student's process and everything it started; remove its scratch."""
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.proc.wait()
            self.proc = None
            if StudentProcess.tier != isolation.NONE:
                isolation.sweep(self.uid)  # what escaped its process group (setsid)
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)  # never follows the student's links
            self.scratch = None

    def close(self):
        if self.conn is not None and self.proc is not None:
            try:
                self.conn.send_bytes(codec.encode({"op": "exit"}))
                self.proc.wait(timeout=2)
            except Exception:
                pass
        self._kill()
        shutil.rmtree(self.base, ignore_errors=True)

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
        try:  # refused before it is read: the checker never holds more than the limit
            data = self.conn.recv_bytes(codec.MAX_MESSAGE_BYTES)
        except OSError as error:
            if "bad message length" not in str(error):
                raise
            raise codec.DecodeError(f"a message larger than {codec.MAX_MESSAGE_BYTES >> 20} MB, "
                                    f"which the grader refused") from None
        message = codec.decode(data, make_reference=make_reference)
        self.heard = True
        return message

    def _failure_reason(self, error):
        """Why the conversation with the student's process broke off."""
        if isinstance(error, codec.DecodeError):
            return f"sent the grader {error}"
        return self._exit_reason() if self.proc else "failed"

    def _exit_reason(self):
        try:
            code = self.proc.wait(timeout=5) if self.proc else None
        except subprocess.TimeoutExpired:  # alive but out of step with us: the caller kills it
            return "stopped answering the grader"
        if code == WALLS_FAILED and not self.heard:
            raise WallsError(f"the student's process could not be walled in ({self.tier}); "
                             f"why is in its log")
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
            except (EOFError, OSError, codec.DecodeError) as error:
                reason = self._failure_reason(error)
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
                IndexError) as error:
            reason = self._failure_reason(error)
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
