"""Start student processes as forks of a clean, warm copy of the grader (Linux).

Importing torch costs seconds and hundreds of MB, and both sides of grading need it. So
the grader imports the assignment's heavy modules once, then forks this server *before
it reads any test*. Each student process is forked from the server: it starts with those
modules loaded, shares their memory pages with the grader (the machine pays for them
once), and holds nothing the grader read after the fork.

The server forks twice and the middle process exits at once, so the student process is
reparented to the grader, which is its "child subreaper": the grader waits for it (exit
codes, signals) as for a child of its own. Messages are JSON; the student process's
socket and log travel as file descriptors.
"""
import ctypes
import gc
import json
import os
import socket
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
MAX_MESSAGE = 1 << 16


def available():
    return sys.platform.startswith("linux") and hasattr(socket, "send_fds")


class Child:
    """A student process, with the part of `subprocess.Popen`'s interface the sandbox uses."""

    def __init__(self, pid):
        self.pid = pid
        self.returncode = None

    def poll(self):
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped already: treat as killed
                pid, status = self.pid, 9
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                self._reap_strays()
        return self.returncode

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.001
        while self.poll() is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"student process {self.pid}", timeout)
            time.sleep(delay)
            delay = min(delay * 2, 0.02)
        return self.returncode

    def _reap_strays(self):
        """Children the student's code left in its process group end up ours: reap the dead."""
        while True:
            try:
                pid, _ = os.waitpid(-self.pid, os.WNOHANG)
            except ChildProcessError:
                return
            if not pid:
                return


def import_frozen(modules, optional=False):
    """Import `modules`, then move everything imported out of the garbage collector's
    sight. The collector writes to every object it visits, which would copy pages shared
    with forked processes into each of them. `optional`: skip modules that fail to import
    (the student's own import then fails as it would anywhere)."""
    gc.disable()
    try:
        for module in modules:
            try:
                __import__(module)
            except Exception:
                if not optional:
                    raise
    finally:
        gc.freeze()
        gc.enable()


class ForkServer:
    """`ForkServer(preload, start)`: import `preload`, then fork the server. `spawn(request,
    fds)` forks a process that runs `start(request, fds)`, which must never return.

    `student_preload`: modules only the student's side uses (matplotlib), imported by the
    server itself after it forked, with `server_env` in its environment, so this process
    never loads them."""

    def __init__(self, preload, start, student_preload=(), server_env=None):
        import_frozen(preload)
        self._start = start
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        sys.stdout.flush()
        sys.stderr.flush()
        self.pid = os.fork()
        if self.pid == 0:
            ours.close()
            self._serve(theirs, student_preload, server_env or {})
        theirs.close()
        self._socket = ours

    def spawn(self, request, fds):
        """Fork a student process; returns its `Child`."""
        socket.send_fds(self._socket, [json.dumps(request).encode()], list(fds))
        reply = json.loads(self._socket.recv(MAX_MESSAGE))
        if "error" in reply:
            raise OSError(f"the fork server could not start a process: {reply['error']}")
        return Child(reply["pid"])

    def close(self):
        if self._socket is not None:
            self._socket.close()  # the server sees EOF and exits
            self._socket = None
            os.waitpid(self.pid, 0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- in the server -----------------------------------------------------------------
    def _serve(self, sock, student_preload, server_env):
        try:
            os.environ.update(server_env)
            import_frozen(student_preload, optional=True)
            while True:
                data, fds, _, _ = socket.recv_fds(sock, MAX_MESSAGE, 8)
                if not data:
                    break
                try:
                    reply = {"pid": self._fork_student(json.loads(data), fds)}
                except Exception as error:
                    reply = {"error": f"{type(error).__name__}: {error}"}
                for fd in fds:
                    os.close(fd)
                sock.send(json.dumps(reply).encode())
        finally:
            os._exit(0)

    def _fork_student(self, request, fds):
        read_end, write_end = os.pipe()
        middle = os.fork()
        if middle == 0:
            try:
                pid = os.fork()
                if pid == 0:
                    os.close(read_end)
                    os.close(write_end)
                    try:
                        self._start(request, fds)
                    finally:
                        os._exit(70)
                os.write(write_end, str(pid).encode())
            finally:
                os._exit(0)
        os.close(write_end)
        answer = os.read(read_end, 64)
        os.close(read_end)
        os.waitpid(middle, 0)  # from here on the student process is the grader's child
        return int(answer)
