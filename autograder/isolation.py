"""Walls around the student's process (Linux, when the grader runs as root, as it does on
Gradescope and in CI). Called in the child between fork and exec:

- a network namespace with no interface up: no network at all;
- a mount namespace in which the grader's secrets (the autograder's tests, the results
  folder, the course's solutions) are covered by empty read-only folders, and every other
  mount is read-only, except the process's own scratch folder and /dev;
- an unprivileged user (nobody), no capabilities and no way to regain them, so none of
  this can be undone, and a cap on that user's processes, against fork bombs.

Where any of it is impossible (not root, no namespaces) the process runs without walls,
and `probe()` says so; the tests then still run in their own process.
"""
import ctypes
import os
import resource

import sys

CLONE_NEWNS, CLONE_NEWNET = 0x00020000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_MOVE = 1, 2, 4, 32, 8192
MS_BIND, MS_REC, MS_PRIVATE = 4096, 16384, 1 << 18
PR_SET_DUMPABLE, PR_SET_NO_NEW_PRIVS = 4, 38
EXTRA_PROCESSES = 256  # threads count too: BLAS and torch start one per core
STUDENT_UID = STUDENT_GID = 65534  # nobody
WRITABLE_TREES = ("/proc", "/sys", "/dev")


class IsolationError(OSError):
    pass


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _check(result, what):
    if result != 0:
        raise IsolationError(ctypes.get_errno(), f"{what}: {os.strerror(ctypes.get_errno())}")


def _mount_points():
    points = []
    with open("/proc/self/mountinfo") as info:
        for line in info:
            point = line.split()[4]
            points.append(point.encode().decode("unicode_escape"))
    return points


def _under(path, tree):
    return path == tree or path.startswith(tree.rstrip("/") + "/")


def _locked_ancestor(path):
    """The first folder above `path` that others may not enter (e.g. /root), with the
    child on the way to `path`; None if every folder is open."""
    parts = os.path.realpath(path).split("/")[1:]
    for depth in range(1, len(parts)):
        folder = "/" + "/".join(parts[:depth])
        if not os.stat(folder).st_mode & 0o001:
            return folder, folder + "/" + parts[depth]
    return None


def _open_interpreter_path(libc):
    """If Python or its packages live below folders the student's user may not enter
    (pyenv in /root, a virtual environment in a private temporary folder), cover each such
    folder with an empty open one and mount back only the way down to Python."""
    for path in {os.path.realpath(p) for p in (sys.executable, sys.prefix, sys.base_prefix)}:
        for _ in range(16):
            found = _locked_ancestor(path)
            if found is None:
                break
            locked, needed = found
            keep = os.open(needed, os.O_RDONLY | os.O_DIRECTORY)
            _check(libc.mount(b"tmpfs", os.fsencode(locked), b"tmpfs", MS_NOSUID | MS_NODEV,
                              b"size=4k,mode=711"), f"cover {locked}")
            os.mkdir(needed, 0o711)
            _check(libc.mount(f"/proc/self/fd/{keep}".encode(), os.fsencode(needed), None,
                              MS_BIND | MS_REC, None), f"expose {needed}")
            os.close(keep)


def _count_processes(uid):
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += len(os.listdir(f"/proc/{entry}/task"))
            except OSError:
                pass
    return count


def enter(scratch, hidden):
    """Wall in the calling process (a child about to exec the worker). `scratch` must
    already belong to the student's user."""
    libc = _libc()
    scratch = os.path.realpath(scratch)
    _check(libc.unshare(CLONE_NEWNS | CLONE_NEWNET), "unshare")
    _check(libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None), "make mounts private")
    for path in hidden:
        if os.path.isdir(path):
            _check(libc.mount(b"tmpfs", os.fsencode(path), b"tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV,
                              b"size=4k,mode=755"), f"hide {path}")
    _open_interpreter_path(libc)
    _check(libc.mount(os.fsencode(scratch), os.fsencode(scratch), None, MS_BIND, None), "bind scratch")
    os.chdir(scratch)  # the old working directory is the folder under the new mount
    hidden = {os.path.realpath(p) for p in hidden}
    for point in _mount_points():
        if point == scratch or point in hidden or any(_under(point, t) for t in WRITABLE_TREES):
            continue
        libc.mount(None, os.fsencode(point), None, MS_BIND | MS_REMOUNT | MS_RDONLY, None)
    if os.access("/", os.W_OK):
        raise IsolationError(0, "the root filesystem is still writable")
    limit = _count_processes(STUDENT_UID) + EXTRA_PROCESSES
    resource.setrlimit(resource.RLIMIT_NPROC, (limit, limit))
    os.setgroups([])
    os.setgid(STUDENT_GID)
    os.setuid(STUDENT_UID)  # drops every capability
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")


def own_process():
    """In a walled-in process forked (not exec'd) from the root grader: make its /proc
    entries its own again, as after an exec, so it can read its own descriptors."""
    _libc().prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)


def protect_checker():
    """Keep same-user processes out of the checker's memory and /proc entries."""
    try:
        _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def available():
    """Whether walls can be built here: root on Linux with namespaces."""
    return os.name == "posix" and os.geteuid() == 0 and os.path.exists("/proc/self/ns/mnt")
