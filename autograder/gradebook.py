"""Grade a folder of submissions with an assignment's built zip.

- Every submission gets `results/<name>.json` (Gradescope's format), written as soon as it
  is graded, so an interrupted batch resumes where it stopped; a rerun regrades nothing
  that already has a result unless asked (`regrade=True`).
- The gradebook CSV has one row per student: the submission that counts (the newest), its
  per-question points and total, whether it was late, and every other submission of that
  student with its score: duplicates are reported, never dropped silently.

Who a submission belongs to: the name of its folder when submissions sit in one folder
per student (`alice/hw1.ipynb`), else its file name up to the first `_`, `-` or `.`
(`alice.ipynb`, `alice_v2.zip`, Canvas-style `smithjohn_LATE_1234_hw1.ipynb`). A file name
with the word `late` in it marks a late submission.
"""
import csv
import json
import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from .gradescope import simulate, unpack, write_results

SUBMISSION_SUFFIXES = (".ipynb", ".zip")


def collect(path):
    """The submissions under `path`: the file itself, or every notebook / zip in a folder."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise SystemExit(f"No such file or folder: {path}")
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUBMISSION_SUFFIXES
                  and ".ipynb_checkpoints" not in p.parts and "__MACOSX" not in p.parts)


def result_name(submission, root):
    relative = submission.relative_to(root) if root in submission.parents else Path(submission.name)
    return "__".join(relative.parts) + ".json"


def student_of(submission, root):
    relative = submission.relative_to(root) if root in submission.parents else Path(submission.name)
    if len(relative.parts) > 1:
        return relative.parts[0]
    return re.split(r"[_\-.]", relative.name, maxsplit=1)[0].lower() or relative.name


def is_late(submission):
    return "late" in re.split(r"[^a-z]+", submission.name.lower())


def grade_one(source, submission, only=()):
    with tempfile.TemporaryDirectory(prefix="submission-") as workdir:
        try:
            return simulate(source, submission, workdir, only)
        except Exception as error:  # run_autograder always writes results; this is a last resort
            return {"score": 0, "output": f"Not graded: the grader failed ({error}).",
                    "tests": [], "extra_data": {"status": "error", "questions": {}}}


class Progress:
    """One line on stderr: a bar, counts, speed and time left."""

    def __init__(self, total, resumed, enabled=True):
        self.total, self.done, self.resumed = total, resumed, resumed
        self.started = time.monotonic()
        self.enabled = enabled and total > 0
        self.live = sys.stderr.isatty()
        self.show()

    def step(self):
        self.done += 1
        self.show()

    def show(self):
        if not self.enabled:
            return
        graded = self.done - self.resumed
        elapsed = time.monotonic() - self.started
        rate = graded / elapsed if graded and elapsed else 0.0
        left = (self.total - self.done) / rate if rate else 0.0
        filled = int(30 * self.done / self.total)
        line = (f"[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} graded"
                f"{f' ({self.resumed} from earlier runs)' if self.resumed else ''}"
                f"{f', {60 * rate:.1f}/min, about {left:.0f} s left' if rate else ''}")
        if self.live:
            print(f"\r{line}", end="" if self.done < self.total else "\n", file=sys.stderr, flush=True)
        elif self.done == self.total or graded % max(1, self.total // 10) == 0:
            print(line, file=sys.stderr, flush=True)


def grade_with_zip(zip_path, submissions, workers=None, results_dir=None, root=None,
                   regrade=False, progress=False, only=None):
    """[(submission, results)] in the order given, graded by the zip's own run_autograder.
    With `results_dir`, each result is saved as soon as it exists and reused on a rerun.
    `only`: {submission: question names} for submissions to grade on some questions only."""
    submissions = [Path(s) for s in submissions]
    root = Path(root) if root else None
    workers = workers or os.cpu_count() or 1
    saved = {}
    if results_dir is not None:
        results_dir = Path(results_dir)
        results_dir.mkdir(parents=True, exist_ok=True)
        for s in submissions:
            path = results_dir / result_name(s, root)
            if path.exists() and not regrade:
                try:
                    saved[s] = json.loads(path.read_text())
                except ValueError:
                    pass  # a result cut off by an interruption: grade again
    todo = [s for s in submissions if s not in saved]
    bar = Progress(len(submissions), len(saved), enabled=progress)
    with tempfile.TemporaryDirectory(prefix="autograder-") as source:
        unpack(zip_path, source)
        with ProcessPoolExecutor(max_workers=min(workers, max(1, len(todo)))) as pool:
            futures = {pool.submit(grade_one, source, s, (only or {}).get(s, ())): s for s in todo}
            for future in as_completed(futures):
                submission = futures[future]
                saved[submission] = future.result()
                if results_dir is not None:
                    write_results(results_dir / result_name(submission, root), saved[submission])
                bar.step()
    return [(s, saved[s]) for s in submissions]


def first_line(text):
    text = (text or "").strip()
    return text.splitlines()[0][:200] if text else ""


def gradebook_rows(graded, questions, root):
    """One row per student; the newest submission counts, the others are listed."""
    by_student = {}
    for submission, results in graded:
        by_student.setdefault(student_of(submission, root), []).append((submission, results))
    rows = []
    for student, entries in sorted(by_student.items()):
        entries.sort(key=lambda entry: (entry[0].stat().st_mtime, entry[0].name))
        submission, results = entries[-1]
        extra = results.get("extra_data", {})
        per_question = extra.get("questions", {})
        others = [f"{s.name} ({r.get('score', 0):g}{', late' if is_late(s) else ''})"
                  for s, r in entries[:-1]]
        rows.append({"student": student, "submission": submission.name,
                     **{q: per_question.get(q, 0) for q in questions},
                     "total": results.get("score", 0), "status": extra.get("status", "error"),
                     "late": "yes" if is_late(submission) else "no",
                     "other_submissions": "; ".join(others),
                     "message": first_line(results.get("output"))})
    return rows


def write_gradebook(rows, questions, csv_path):
    Path(csv_path).parent.mkdir(parents=True, exist_ok=True)
    columns = ["student", "submission", *questions, "total", "status", "late",
               "other_submissions", "message"]
    with open(csv_path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)
