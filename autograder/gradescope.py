"""Gradescope's side: grade the submission under an /autograder-style root.

`run_autograder` (in the zip) calls `python -m autograder.gradescope ROOT`. The same
script runs locally against an unpacked zip (`simulate`), so what the release checks is
what Gradescope runs.
"""
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import traceback
import zipfile
from pathlib import Path

from .grade import grade, ungradable
from .isolation import protect_checker
from .submission import SubmissionProblem, find_submission

INTERNAL_ERROR = ("The autograder failed on this submission because of a problem on our side, "
                  "so it was not graded. Your submission is saved; please tell the course staff.")
LOG_BYTES_SHOWN = 20_000


def write_results(path, results):
    """Write results.json whole (a reader never sees half of it), in a folder of the
    grader's own: results hold hidden tests' messages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.parent.chmod(0o700)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(results, indent=1))
    os.replace(partial, path)


def close_to_students(root):
    """The autograder's source, the submission and the results become root's alone: a
    student's process that runs as a user of its own (isolation.USERS) can read none."""
    if os.geteuid() != 0:
        return
    for folder in ("source", "submission", "results"):
        path = root / folder
        if path.is_dir():
            path.resolve().chmod(0o700)


def peak_memory_mb():
    """The peak resident memory of this checker, and of the largest process it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(own / 1024, 1), round(max(own, children) / 1024, 1)


def main(root):
    root = Path(root)
    source = root / "source"
    sys.path.insert(0, str(source / "files"))  # checks.py, imported by the tests
    log = Path(tempfile.mkstemp(prefix="student-output-")[1])
    protect_checker()
    close_to_students(root)
    # Besides the tests: the results folder and, when run from the course repository,
    # its solutions (AUTOGRADER_HIDE, set by `simulate`).
    hidden = [root / "results", *filter(None, os.environ.get("AUTOGRADER_HIDE", "").split(":"))]
    try:
        only = [q for q in os.environ.get("AUTOGRADER_ONLY", "").split(",") if q]
        results = grade(find_submission(root / "submission"), source, log_path=log,
                        hidden=hidden, only=only)
    except SubmissionProblem as problem:
        results = ungradable(source, f"Not graded: {problem}")
    except Exception:
        traceback.print_exc()
        results = ungradable(source, INTERNAL_ERROR, status="error")
    checker_mb, peak_mb = peak_memory_mb()
    results["extra_data"].update(checker_memory_mb=checker_mb, peak_memory_mb=peak_mb)
    write_results(root / "results" / "results.json", results)
    output = log.read_bytes()
    print(f"--- what the student's code printed ({len(output)} bytes) ---")
    print(output[:LOG_BYTES_SHOWN].decode(errors="replace"))
    log.unlink()


def unpack(zip_path, folder):
    """Unpack an autograder zip the way Gradescope does (keeping the executable bits)."""
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            target = Path(archive.extract(info, folder))
            mode = info.external_attr >> 16 & 0o777
            if mode:
                target.chmod(mode)


def simulate(source, submission, workdir, only=()):
    """Run the zip's own `run_autograder` on one submission in a Gradescope-like root.
    `source` is an unpacked zip; `only`: grade just these questions (AUTOGRADER_ONLY);
    returns the parsed results.json."""
    workdir = Path(workdir)
    (workdir / "submission").mkdir(parents=True)
    os.symlink(Path(source).resolve(), workdir / "source")
    shutil.copy(submission, workdir / "submission" / Path(submission).name)
    repository = Path(__file__).resolve().parent.parent
    secrets = [repository / name for name in ("solutions", "tests", "dist")]
    env = {**os.environ, "AUTOGRADER_ROOT": str(workdir), "AUTOGRADER_PYTHON": sys.executable,
           "AUTOGRADER_HIDE": ":".join(str(p) for p in secrets if p.is_dir()),
           "AUTOGRADER_ONLY": ",".join(only)}
    with open(workdir / "stdout", "wb") as stdout:
        subprocess.run(["bash", str(workdir / "source" / "run_autograder")], env=env,
                       stdout=stdout, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return json.loads((workdir / "results" / "results.json").read_text())


if __name__ == "__main__":
    main(sys.argv[1])
    # results.json is written: skip tearing down an interpreter holding torch (0.3-0.4 s)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
