"""Student code is untrusted: submissions that cheat, crash, hang or flood all end with a
verdict, and none earns a point it should not (issue: grading students cannot fool)."""
import ast
import contextlib
import json
import os
import socket
import tempfile
import zipfile
from pathlib import Path

import pytest

from autograder.forkserver import ForkServer
from autograder.grade import Namespace, StudentObject
from autograder.sandbox import StudentProcess, start_forked_worker
from conftest import (TESTS, grade_all, load_notebook, max_scores,
                      with_code_cell, write_notebook)
from test_release import secrets

SLUG = "01_numpy_backprop"
CORPUS = sorted((TESTS / "adversarial").glob("*.py"))
FAST = {"cell_seconds": 6, "call_seconds": 6, "total_seconds": 240, "memory_mb": 1024}
DESTRUCTIVE = {"vandal"}


def spec(path):
    """BASE, ZERO and MESSAGE of a corpus file, read without running it."""
    values = {"MESSAGE": None}
    for node in ast.parse(path.read_text()).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id in ("BASE", "ZERO", "MESSAGE"):
            values[target.id] = ast.literal_eval(node.value)
    return values


def walls_up():
    probe = StudentProcess([])
    try:
        return probe.has_walls()
    finally:
        probe.close()


@pytest.fixture(scope="session")
def fast_zip(built, workdir):
    """The assignment's zip with short time limits, so hangs cost seconds."""
    source, target = built[SLUG], workdir / "fast.zip"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "assignment.json":
                config = json.loads(data)
                config["limits"].update(FAST)
                data = json.dumps(config).encode()
            new.writestr(info, data)
    return target


@pytest.fixture(scope="session")
def corpus_results(built, fast_zip, workdir):
    bases = {"stub": load_notebook(built.stub(SLUG)), "solution": load_notebook(built.solution(SLUG))}
    paths = {}
    for path in CORPUS:
        if path.stem in DESTRUCTIVE and not walls_up():
            continue
        notebook = with_code_cell(bases[spec(path)["BASE"]], path.read_text())
        paths[path.stem] = write_notebook(notebook, workdir / "adversarial" / f"{path.stem}.ipynb")
    results = grade_all(fast_zip, paths.values())
    return {stem: results[path] for stem, path in paths.items()}


def test_walls_are_up_where_the_grader_runs_as_root():
    if os.geteuid() == 0 and Path("/proc/self/ns/mnt").exists():
        assert walls_up(), "running as root on Linux, the student's process must be walled in"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_corpus_submission_gets_its_verdict_and_no_unearned_point(path, corpus_results, fast_zip):
    if path.stem not in corpus_results:
        pytest.skip("destructive: only run where the student's process is walled in")
    expected, results = spec(path), corpus_results[path.stem]
    assert results["extra_data"]["status"] in ("graded", "stopped"), results["output"]
    maxima = max_scores(fast_zip)
    zero = set(maxima) if expected["ZERO"] == "all" else set(expected["ZERO"])
    got = results["extra_data"]["questions"]
    wanted = {q: 0 if q in zero else m for q, m in maxima.items()}
    assert got == wanted, results["output"][:3000]
    text = results["output"] + "\n".join(t["output"] for t in results["tests"])
    if expected["MESSAGE"]:
        assert expected["MESSAGE"] in text, text[:3000]
    leaked = [line for line in secrets(SLUG) if line in text]
    assert not leaked, leaked[:3]


@pytest.mark.parametrize("start", ["forked", "exec"])
def test_student_process_cannot_reach_network_tests_or_disk(tmp_path, start):
    """Seen from inside the student's process, forked from the fork server as in grading or
    started afresh where there is none: no network (not even to a server on this machine),
    hidden folders empty, nothing writable but its scratch folder, and a cap on processes."""
    if not walls_up():
        pytest.skip("walls need root on Linux")
    secret = Path(tempfile.mkdtemp(prefix="secret-"))
    (secret / "q1.py").write_text("HIDDEN TEST")
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    probe = f'''
import os, socket
seen = {{}}
def attempt(name, action):
    try:
        seen[name] = repr(action())
    except Exception as error:
        seen[name] = type(error).__name__
attempt("read", lambda: open({str(secret / "q1.py")!r}).read())
attempt("list", lambda: os.listdir({str(secret)!r}))
attempt("write_outside", lambda: open({str(tmp_path / "evil")!r}, "w").write("x"))
attempt("write_scratch", lambda: open("mine.txt", "w").write("x"))
attempt("connect", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=2))
def spawn():
    children = []
    for _ in range(2000):
        pid = os.fork()
        if pid == 0:
            import time; time.sleep(3); os._exit(0)
        children.append(pid)
    return len(children)
attempt("fork", spawn)
def report():
    return seen
'''
    with contextlib.ExitStack() as stack:
        fork_server = stack.enter_context(ForkServer(["numpy"], start_forked_worker)) \
            if start == "forked" else None
        process = stack.enter_context(StudentProcess([probe], hidden=[secret], server=fork_server))
        process.reference_type = StudentObject
        process.run_notebook()
        seen = Namespace(process)["report"]()
    server.settimeout(0.5)
    with pytest.raises(socket.timeout):
        server.accept()
    assert seen["read"] == "FileNotFoundError" and seen["list"] == "[]"
    assert seen["write_outside"] in ("PermissionError", "OSError")
    assert seen["write_scratch"] == "1"
    assert seen["connect"] == "OSError"
    assert seen["fork"] == "BlockingIOError"
    assert not (tmp_path / "evil").exists()
