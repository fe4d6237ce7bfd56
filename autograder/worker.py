"""The student side of grading: runs a submission's code cells, then answers calls.

`sandbox.py` starts it in a scratch folder holding the assignment's data files: forked
from the grader's fork server (forkserver.py), or as `python worker.py FD` beside a copy of
`codec.py` where there is no fork server. It receives the notebook's code and the
arguments of each call; it never sees a test. Every message is plain data (codec.py).
"""
import importlib.util
import linecache
import os
import sys
import traceback
import types
from multiprocessing.connection import Connection

if __package__:  # imported from the package: forked by the fork server, or by the tooling
    from . import codec
else:  # run as a script in the student's process, beside a copy of codec.py
    import codec

SHELL_MAGICS = ("%", "!")
# A cell whose first line starts with this (a minute of training, a download) is not run
# when grading; the tests never depend on what it computes.
SKIP_MARKER = "# AUTOGRADER: SKIP"
HARMLESS_CELL_MAGICS = ("%%time", "%%timeit", "%%capture")
# Loaded when first used, not when imported: no test reads a plot, and importing pyplot
# would add half a second to every grading whose graded cells never draw one.
DEFERRED_MODULES = ("matplotlib.pyplot",)
MAX_MESSAGE_CHARS = 800


class Callback:
    """A function of the checker's, passed as an argument; calling it asks the checker."""

    def __init__(self, conn, handle):
        self._conn = conn
        self._handle = handle

    def __call__(self, *args, **kwargs):
        self._conn.send_bytes(codec.encode({"op": "callback", "handle": self._handle,
                                            "args": list(args), "kwargs": kwargs}))
        reply = codec.decode(self._conn.recv_bytes())
        if reply["op"] == "raise":
            raise RuntimeError(reply["error"])
        return reply["value"]


def fake_otter():
    """During grading `grader.check(...)` and `grader.export(...)` do nothing."""
    module = types.ModuleType("otter")

    class Notebook:
        def __init__(self, *args, **kwargs):
            pass

        def __getattr__(self, name):
            return lambda *args, **kwargs: None

    module.Notebook = Notebook
    return module


class DeferredModule(types.ModuleType):
    """A module imported but not yet run: reading an attribute it lacks runs its code, and
    from then on it is the ordinary module (the same object)."""

    def __getattr__(self, name):
        self.__class__ = types.ModuleType  # attributes read while it runs are ordinary
        try:
            self.__spec__.loader.exec_module(self)
        except BaseException:  # leave no trace of it, as a failed import does
            sys.modules.pop(self.__spec__.name, None)
            parent, _, child = self.__spec__.name.rpartition(".")
            if parent and getattr(sys.modules.get(parent), child, None) is self:
                delattr(sys.modules[parent], child)
            raise
        return getattr(self, name)


def defer(names):
    """Put each module in `names` in sys.modules as a DeferredModule, where it can be."""
    for name in names:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)  # imports the parent package
        except Exception:
            continue
        if spec is None or not hasattr(spec.loader, "exec_module"):
            continue
        module = importlib.util.module_from_spec(spec)
        module.__class__ = DeferredModule
        sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)


def without_magics(source):
    """IPython syntax is not Python: drop `%magic` and `!shell` lines."""
    lines = source.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        if not lines[0].lstrip().startswith(HARMLESS_CELL_MAGICS):
            return ""
        lines = lines[1:]
    kept = []
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(SHELL_MAGICS):
            line = line[: len(line) - len(stripped)] + "pass"
        kept.append(line)
    return "\n".join(kept) + "\n"


def cell_filename(index):
    return f"<cell {index + 1}>"


def describe_error(error):
    """The exception as a student reads it: the type, the message, and the student's
    own line that raised it (frames of the grader are left out)."""
    message = f"{type(error).__name__}: {error}"[:MAX_MESSAGE_CHARS]
    student_frames = [frame for frame in traceback.extract_tb(error.__traceback__)
                      if frame.filename.startswith("<cell ")]
    if student_frames:
        frame = student_frames[-1]
        first_line = linecache.getline(frame.filename, 1).strip()
        where = f"line {frame.lineno} of the cell starting `{first_line[:60]}`"
        if frame.name != "<module>":
            where = f"in `{frame.name}`, {where}"
        if frame.line:
            where += f": `{frame.line.strip()[:120]}`"
        message += f"\n    ({where})"
    return message


def run_cell(index, source, namespace):
    """Run one cell; return None or a description of the error it raised."""
    filename = cell_filename(index)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        exec(compile(without_magics(source), filename, "exec"), namespace)
    except BaseException as error:  # SystemExit and KeyboardInterrupt included: keep going
        return describe_error(error)
    return None


def describe_name(namespace, name):
    if name not in namespace:
        return {"kind": "missing"}
    value = namespace[name]
    if isinstance(value, types.ModuleType):
        return {"kind": "module", "module": value.__name__}
    if callable(value):
        return {"kind": "callable"}
    return {"kind": "value", "value": value}


MAX_ITEMS = 100_000
_ABSENT = object()


class References:
    """The reference solution's functions and classes (the zip's references.py, sent by
    the checker), bound in place of the student's own while a test of another question
    runs: a bug is then billed to its own question only. Bindings nest and are undone in
    reverse order."""

    def __init__(self):
        self.module = None
        self.source = None
        self.stack = []

    def bind(self, namespace, source, names, observe=None):
        if source != self.source:
            module = {"__name__": "reference", "__builtins__": __builtins__}
            exec(compile(source, "<reference solution>", "exec"), module)
            self.module, self.source = module, source
        scope = dict(self.module)  # what `observe` defines stays out of the reference's own
        if observe:
            exec(compile(observe, "<grader's observer>", "exec"), scope)
        saved = {name: namespace.get(name, _ABSENT) for name in names}
        self.stack.append((saved, scope))
        for name in names:
            namespace[name] = scope[name]

    def unbind(self, namespace):
        """Undo the last binding; returns what its `observe` code recorded (`observed`)."""
        saved, scope = self.stack.pop()
        for name, value in saved.items():
            if value is _ABSENT:
                namespace.pop(name, None)
            else:
                namespace[name] = value
        return scope.get("observed")


def answer(request, namespace, registry, references=None):
    """Carry out one request of the checker's; returns the reply to send."""
    op = request["op"]
    if op == "lookup":
        return describe_name(namespace, request["name"])
    if op in ("bind", "unbind"):
        try:
            if op == "bind":
                references.bind(namespace, request["source"], request["names"], request.get("observe"))
                return {"op": "return", "value": None}
            return {"op": "return", "value": references.unbind(namespace)}
        except BaseException as error:
            return {"op": "raise", "error": describe_error(error)}
    target = registry[request["ref"]] if "ref" in request else namespace.get(request.get("name"))
    try:
        if op == "call":
            args, kwargs = request["args"], request["kwargs"]
            value = target(*args, **kwargs)
            return {"op": "return", "value": value,
                    "updated": codec.arrays_in([args, kwargs])}
        if op == "getattr":
            value = getattr(target, request["attribute"])
        elif op == "iter":
            value = []
            for item in target:
                value.append(item)
                if len(value) > MAX_ITEMS:
                    raise ValueError(f"more than {MAX_ITEMS} items")
        elif op == "len":
            value = len(target)
        elif op == "import":
            value = __import__(request["module"], fromlist=["_"])
        else:
            raise ValueError(f"unknown request {op!r}")
        return {"op": "return", "value": value}
    except BaseException as error:
        return {"op": "raise", "error": describe_error(error)}


def serve(conn, namespace):
    parent = os.getpid()
    registry = codec.Registry()
    references = References()

    def as_callback(handle):
        return Callback(conn, handle)

    while True:
        request = codec.decode(conn.recv_bytes(), make_callable=as_callback, registry=registry)
        if request["op"] == "exit":
            return
        reply = answer(request, namespace, registry, references)
        if os.getpid() != parent:  # a child the student's function forked
            os._exit(0)
        try:
            data = codec.encode(reply, registry=registry)
        except Exception as error:
            data = codec.encode({"op": "raise", "error": f"the result could not be sent back "
                                                          f"to the grader ({error})"})
        conn.send_bytes(data)


def main(fd=None):
    """Run the notebook sent over the socket `fd` (argv[1] when run as a script), then serve."""
    conn = Connection(int(sys.argv[1]) if fd is None else fd)
    parent = os.getpid()
    sys.modules["otter"] = fake_otter()
    defer(DEFERRED_MODULES)
    module = types.ModuleType("__main__")
    sys.modules["__main__"] = module
    request = codec.decode(conn.recv_bytes())
    for index, source in enumerate(request["cells"]):
        if index in request["skip"] or source.lstrip().startswith(SKIP_MARKER):
            continue
        conn.send_bytes(codec.encode({"event": "cell_start", "index": index}))
        error = run_cell(index, source, module.__dict__)
        if os.getpid() != parent:  # a child the cell forked: it must not speak for us
            os._exit(0)
        sys.stdout.flush()
        conn.send_bytes(codec.encode({"event": "cell_done", "index": index, "error": error}))
    conn.send_bytes(codec.encode({"event": "ready"}))
    serve(conn, module.__dict__)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: student objects may hang in __del__


if __name__ == "__main__":
    main()
