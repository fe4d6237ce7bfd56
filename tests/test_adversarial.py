"""Student code is untrusted: submissions that cheat, crash, hang, flood or attack the grader
and their classmates all end with a verdict, none earns a point it should not, none shows
a hidden test or a hidden input, and nothing outlives grading or changes outside it.

The corpus (tests/adversarial/*.py, each a code cell added to the stub or the solution,
with the verdict it must get) is graded in every tier of walls a root grader can meet
(autograder/isolation.py): with namespaces (root with every capability, as here), and
without CAP_SYS_ADMIN under Docker's exact default capability set and under the minimal
variant that drops only CAP_SYS_ADMIN (../shared/notes/gradescope-container.md).
"""
import ast
import json
import os
import shlex
import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from autograder import course, isolation
from autograder.testfiles import load_question
from conftest import (DOCKER_CAPS, TESTS, load_notebook, max_scores, validate, with_code_cell,
                      write_notebook)
from test_release import secrets

SLUG = "01_numpy_backprop"
CORPUS = sorted((TESTS / "adversarial").glob("*.py"))
FAST = {"cell_seconds": 3, "call_seconds": 3, "total_seconds": 240, "memory_mb": 1024}
FULL = os.environ.get("FULL_CATALOGUE") == "1"
# tier name -> the isolation tier the grader must find there. `make test` grades the corpus
# in both root tiers; `make test-all` also under the minimal variant of the second.
TIERS = {"namespaces": isolation.NAMESPACES, "docker-default": isolation.USERS,
         **({"no-sys-admin": isolation.USERS} if FULL else {})}
ENV_MARKER = "grader-env-marker-5d41402abc"
DECOY_MARKER = "test_decoy_hidden_case_from_an_earlier_grading"
MAX_RESULTS_BYTES = 1_100_000

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not sys.platform.startswith("linux"),
                                reason="the walls are built by a root grader on Linux")


def in_tier(tier, command):
    """`command` run under the capabilities of `tier`."""
    if tier == "docker-default":
        return ["setpriv", "--bounding-set", DOCKER_CAPS, "--", *command]
    if tier == "no-sys-admin":
        return ["capsh", "--drop=cap_sys_admin", "--", "-c", shlex.join(command)]
    return command


def run_in_tier(tier, code, *args, timeout=900):
    """Run Python `code` (with `args` as sys.argv[1:]) in the repository under `tier`."""
    env = {**os.environ, "AUTOGRADER_TEST_MARKER": ENV_MARKER}
    run = subprocess.run(in_tier(tier, [sys.executable, "-c", code, *map(str, args)]),
                         cwd=course.ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert run.returncode == 0, run.stderr[-3000:]
    return run


GRADE = """
import json, sys
from autograder.gradebook import grade_with_zip
zip_path, listing, out = sys.argv[1:4]
results = grade_with_zip(zip_path, json.loads(open(listing).read()))
json.dump({str(path): result for path, result in results}, open(out, "w"))
"""


def spec(path):
    """The module-level constants of a corpus file (BASE, ZERO, MESSAGE, ...), read
    without running it."""
    values = {"MESSAGE": None, "STATUS": None, "NESTING": 0, "REPEAT": 1, "WALLS": True}
    for node in ast.parse(path.read_text()).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id.isupper():
            values[target.id] = ast.literal_eval(node.value)
    return values


class Places:
    """What the corpus attacks outside the sandbox: a file of root's that a planted link
    could make the grader overwrite, and an earlier grading's results left readable."""

    def __init__(self, folder):
        self.canary = folder / "canary"
        self.canary.write_text("root's own file\n")
        self.canary.chmod(0o600)
        self.decoy = Path(tempfile.mkdtemp(prefix="decoy-results-"))
        self.decoy.chmod(0o755)
        (self.decoy / "results.json").write_text(json.dumps({"tests": [{"output": DECOY_MARKER}]}))
        (self.decoy / "results.json").chmod(0o644)

    def fill_in(self, code):
        return (code.replace("REPO_ROOT", str(course.ROOT))
                .replace("CANARY_PATH", str(self.canary))
                .replace("DECOY_PATH", str(self.decoy / "results.json")))

    def unchanged(self):
        info = self.canary.stat()
        return (self.canary.read_text() == "root's own file\n" and info.st_uid == 0
                and stat.S_IMODE(info.st_mode) == 0o600)


def corpus_notebook(path, bases, places, folder):
    expected = spec(path)
    code = places.fill_in(path.read_text())
    notebook = with_code_cell(bases[expected["BASE"]], code)
    added = next(i for i, c in enumerate(notebook["cells"]) if c["id"] == "added-cell")
    notebook["cells"][added:added + 1] = [notebook["cells"][added]] * expected["REPEAT"]
    target = write_notebook(notebook, folder / f"{path.stem}.ipynb")
    if expected["NESTING"]:  # damaged on purpose: json.dumps cannot write it
        text = target.read_text()
        depth = expected["NESTING"]
        target.write_text(text[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}")
    return target


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


class CorpusRuns(dict):
    """{tier: (places, {case: results})}: the corpus graded under each tier on first use."""

    def __init__(self, built, fast_zip, workdir):
        super().__init__()
        self.built, self.fast_zip, self.workdir = built, fast_zip, workdir

    def __missing__(self, tier):
        folder = self.workdir / "adversarial" / tier
        folder.mkdir(parents=True)
        places = Places(folder)
        bases = {"stub": load_notebook(self.built.stub(SLUG)),
                 "solution": load_notebook(self.built.solution(SLUG))}
        paths = {p.stem: corpus_notebook(p, bases, places, folder) for p in CORPUS
                 if graded_in(p, tier)}
        listing = folder / "submissions.json"
        listing.write_text(json.dumps([str(p) for p in paths.values()]))
        out = folder / "results.json"
        run_in_tier(tier, GRADE, self.fast_zip, listing, out)
        results = json.loads(out.read_text())
        self[tier] = (places, {stem: results[str(path)] for stem, path in paths.items()})
        return self[tier]


def graded_in(path, tier):
    """Cases whose verdict does not depend on the walls (`WALLS = False`: a hang, a crash,
    a lie) are graded in the first tier only, unless `make test-all`."""
    return spec(path)["WALLS"] or tier == "namespaces" or FULL


@pytest.fixture(scope="session")
def corpus(built, fast_zip, workdir):
    return CorpusRuns(built, fast_zip, workdir)


def visible_text(results):
    """Everything a student sees before the due date, and after it."""
    public = [t["output"] for t in results["tests"] if t["visibility"] == "visible"]
    return results["output"] + "\n".join(public)


def hidden_case_names(zip_path):
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)
        return {case.name for path in Path(folder, "tests").glob("*.py")
                for case in load_question(path).cases if case.hidden}


@pytest.mark.parametrize("path,tier", [(p, t) for t in TIERS for p in CORPUS if graded_in(p, t)],
                         ids=lambda value: getattr(value, "stem", value))
def test_corpus_submission_gets_its_verdict_and_no_unearned_point(path, tier, corpus, fast_zip):
    expected = spec(path)
    _, runs = corpus[tier]
    results = runs[path.stem]
    validate(results)
    assert results["extra_data"]["isolation"] == TIERS[tier]
    assert results["extra_data"]["status"] in ((expected["STATUS"],) if expected["STATUS"]
                                               else ("graded", "stopped")), results["output"]
    maxima = max_scores(fast_zip)
    zero = set(maxima) if expected["ZERO"] == "all" else set(expected["ZERO"])
    wanted = {q: 0 if q in zero else m for q, m in maxima.items()}
    assert results["extra_data"]["questions"] == wanted, results["output"][:3000]
    everything = results["output"] + "\n".join(t["output"] for t in results["tests"])
    if expected["MESSAGE"]:
        assert expected["MESSAGE"] in everything, everything[:3000]
    assert len(json.dumps(results)) < MAX_RESULTS_BYTES
    shown = visible_text(results)
    leaked = [line for line in secrets(SLUG) if line in everything]
    assert not leaked, leaked[:3]
    named = [name for name in hidden_case_names(fast_zip) if name in shown]
    assert not named, f"hidden tests named in what the student sees: {named[:3]}"
    for marker in (ENV_MARKER, DECOY_MARKER, "def test_"):
        assert marker not in everything, everything[everything.find(marker) - 500:][:1000]


@pytest.mark.parametrize("tier", TIERS)
def test_hidden_inputs_never_reach_what_the_student_sees(tier, corpus):
    """harvest_hidden_inputs names each call's inputs (`NOW <token>`) in every error it
    raises and repeats every earlier one: the tokens of calls made only by hidden tests
    appear in hidden results, never in the visible ones."""
    _, runs = corpus[tier]
    results = runs["harvest_hidden_inputs"]

    def calls(outputs):
        return {word.split()[1] for text in outputs for word in text.split("NOW ")[1:]
                for word in [f"NOW {word}"] if len(word.split()) > 1}

    public = calls(t["output"] for t in results["tests"] if t["visibility"] == "visible")
    hidden = calls(t["output"] for t in results["tests"] if t["visibility"] != "visible") - public
    assert public and hidden, "the harvester must have answered both kinds of call"
    shown = visible_text(results)
    assert not [token for token in hidden if token in shown]


@pytest.mark.parametrize("tier", TIERS)
def test_nothing_outlives_grading_or_changes_outside_it(tier, corpus):
    places, runs = corpus[tier]
    assert places.unchanged(), "a planted link made root change a file outside the sandbox"
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            name = Path(f"/proc/{pid}/comm").read_text().strip()
        except OSError:
            continue
        assert name != "adv-leftover", f"process {pid} outlived its grading"
    assert not Path("/dev/shm/adv-leftover").exists()
    segments = Path("/proc/sysvipc/shm").read_text().splitlines()[1:]
    assert not [row for row in segments if int(row.split()[0]) == 0x5EED]
    assert runs["leftovers"]["extra_data"]["status"] == "graded"


@pytest.mark.parametrize("tier", TIERS)
def test_a_huge_message_is_refused_unread(tier, corpus):
    results = corpus[tier][1]["huge_message"]
    assert results["extra_data"]["checker_memory_mb"] < 120, results["extra_data"]


PROBE = '''
import contextlib, json, os, socket, sys, tempfile
from pathlib import Path
from autograder.forkserver import ForkServer
from autograder.grade import Namespace, StudentObject
from autograder.sandbox import StudentProcess, start_forked_worker
secret, start, cells, calls = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
with contextlib.ExitStack() as stack:
    server = stack.enter_context(ForkServer(json.loads(sys.argv[5]), start_forked_worker)) \\
        if start == "forked" else None
    process = stack.enter_context(StudentProcess(cells, hidden=[secret], server=server))
    process.reference_type = StudentObject
    process.run_notebook()
    namespace = Namespace(process)
    answers = {}
    for name in calls:
        try:
            answers[name] = namespace[name]()
        except Exception as error:
            answers[name] = f"{type(error).__name__}: {error}"
    if "make_fake" in calls:  # type questions are answered here, from plain data
        from autograder.checks import expect_instance
        for name in ("make_fake", "make_real"):
            try:
                expect_instance(namespace[name](), "torch.nn.Module", name)
                answers[name] = "an nn.Module"
            except AssertionError as error:
                answers[name] = str(error)
    print(json.dumps({"tier": StudentProcess.tier, "answers": answers}, default=repr))
'''

DISK_AND_NETWORK = '''
import os, socket
seen = {{}}
def attempt(name, action):
    try:
        seen[name] = repr(action())
    except Exception as error:
        seen[name] = type(error).__name__
attempt("read", lambda: open({secret!r}).read())
attempt("list", lambda: os.listdir({folder!r}))
attempt("repository", lambda: os.listdir({repository!r}))
attempt("write_outside", lambda: open({outside!r}, "w").write("x"))
attempt("write_scratch", lambda: open("mine.txt", "w").write("x"))
attempt("connect", lambda: socket.create_connection(("127.0.0.1", 9), timeout=2))
attempt("udp", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", 9)))
attempt("signal_checker", lambda: os.kill({checker}, 0))
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


@pytest.mark.parametrize("start,tier", [("forked", "namespaces"), ("exec", "namespaces"),
                                        ("forked", "docker-default")])
def test_student_process_cannot_reach_network_tests_disk_or_checker(tmp_path, start, tier):
    """Seen from inside the student's process, forked from the fork server as in grading or
    started afresh where there is none: no network (not even this machine's), the tests
    and the course repository out of sight, nothing writable but its scratch folder, no
    signal reaches the checker, and a cap on processes."""
    secret = Path(tempfile.mkdtemp(prefix="secret-"))
    (secret / "q1.py").write_text("HIDDEN TEST")
    secret.chmod(0o755)
    (secret / "q1.py").chmod(0o644)
    cell = DISK_AND_NETWORK.format(secret=str(secret / "q1.py"), folder=str(secret),
                                   repository=str(course.ROOT), outside=str(tmp_path / "evil"),
                                   checker=os.getpid())
    run = run_in_tier(tier, PROBE, secret, start, json.dumps([cell]), json.dumps(["report"]),
                      json.dumps(["numpy"]), timeout=300)
    answer = json.loads(run.stdout.splitlines()[-1])
    seen = answer["answers"]["report"]
    assert answer["tier"] == TIERS[tier]
    assert seen["read"] in ("FileNotFoundError", "PermissionError")
    assert seen["list"] in ("FileNotFoundError", "PermissionError")
    # At most the interpreter's own folder, where a virtual environment lives inside it.
    assert seen["repository"] in ("FileNotFoundError", "PermissionError", "['.venv']")
    assert seen["write_outside"] in ("PermissionError", "OSError", "FileNotFoundError")
    assert seen["write_scratch"] == "1"
    assert seen["connect"] in ("OSError", "PermissionError", "ConnectionRefusedError")
    assert seen["connect"] != "ConnectionRefusedError", "a refused connection reached the host"
    assert seen["udp"] in ("OSError", "PermissionError")
    assert seen["signal_checker"] in ("PermissionError", "ProcessLookupError")
    assert seen["fork"] == "BlockingIOError"
    assert not (tmp_path / "evil").exists()


FAKE_MODULE = '''
import sys
import torch

class Fake:
    """Claims to be a torch.nn.Module wherever it is asked."""
    __class__ = property(lambda self: torch.nn.Module)
    training = "yes"

def make_fake():
    return Fake()

def make_real():
    return torch.nn.Linear(2, 3)

for module in list(sys.modules.values()):  # and patches what used to answer the question
    if getattr(module, "__name__", "").startswith("autograder"):
        module.is_instance = lambda *args, **kwargs: True
'''


@pytest.mark.parametrize("tier", ["namespaces", "docker-default"])
def test_type_questions_are_answered_by_the_checker(tier):
    """An object that claims to be an nn.Module in the student's process (a __class__
    property, a patched grader module) does not pass the checker's isinstance check; a
    real module does."""
    run = run_in_tier(tier, PROBE, tempfile.mkdtemp(), "forked", json.dumps([FAKE_MODULE]),
                      json.dumps(["make_fake", "make_real"]), json.dumps(["numpy", "torch"]),
                      timeout=300)
    answers = json.loads(run.stdout.splitlines()[-1])["answers"]
    assert "expected an instance of torch.nn.Module" in answers["make_fake"]
    assert answers["make_real"] == "an nn.Module"


BROKEN_WALLS = '''
from autograder import isolation
from autograder.forkserver import ForkServer
from autograder.sandbox import StudentProcess, WallsError, start_forked_worker

def refuse(*args, **kwargs):
    raise OSError("no walls today")

isolation.enter = refuse  # as if the kernel refused a mount
with ForkServer(["numpy"], start_forked_worker) as server, \\
        StudentProcess(["import os\\nos._exit(71)"], server=server) as process:
    try:
        process.run_notebook()
        print("graded without walls")
    except WallsError as error:
        print("stopped:", error)
isolation.enter = lambda *args, **kwargs: None  # walls that build (none, here)
with ForkServer(["numpy"], start_forked_worker) as server:
    with StudentProcess(["import os\\nos._exit(71)"], server=server) as process:
        process.run_notebook()  # a student's own exit code 71 is only a cell that ended
        print("student exit:", process.cell_errors)
'''


def test_walls_that_cannot_be_built_stop_grading():
    """A student process that cannot build its walls ends before it says anything; grading
    then stops with an error for the staff instead of going on without walls. A student's
    own `os._exit` with the same code is only a cell that ended its process."""
    lines = run_in_tier("namespaces", BROKEN_WALLS, timeout=120).stdout.splitlines()
    assert lines[0].startswith("stopped: the student's process could not be walled in")
    assert lines[1].startswith("student exit:") and "exit code 71" in lines[1]
