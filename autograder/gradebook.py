"""Grade many submissions with an assignment's built zip; write results and a CSV gradebook.

Every submission gets a results.json and a gradebook row, even one that cannot be graded.
"""
import csv
import json
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .gradescope import simulate, unpack

SUBMISSION_SUFFIXES = (".ipynb", ".zip")


def collect(path):
    """The submissions under `path`: the file itself, or every notebook / zip in a folder."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise SystemExit(f"No such file or folder: {path}")
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUBMISSION_SUFFIXES
                  and ".ipynb_checkpoints" not in p.parts)


def grade_one(source, submission):
    with tempfile.TemporaryDirectory(prefix="submission-") as workdir:
        try:
            return simulate(source, submission, workdir)
        except Exception as error:  # run_autograder always writes results; this is a last resort
            return {"score": 0, "output": f"Not graded: the grader failed ({error}).",
                    "tests": [], "extra_data": {"status": "error", "questions": {}}}


def grade_with_zip(zip_path, submissions, workers=2):
    """[(submission, results)] for each submission, graded by the zip's own run_autograder."""
    with tempfile.TemporaryDirectory(prefix="autograder-") as source:
        unpack(zip_path, source)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(grade_one, [source] * len(submissions), submissions))
    return list(zip(submissions, results))


def first_line(text):
    return (text or "").strip().splitlines()[0][:200] if (text or "").strip() else ""


def write_outputs(graded, questions, results_dir, csv_path):
    """One results.json per submission under `results_dir`, and the CSV gradebook."""
    results_dir = Path(results_dir)
    results_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for submission, results in graded:
        (results_dir / f"{submission.stem}.json").write_text(json.dumps(results, indent=1))
        extra = results.get("extra_data", {})
        per_question = extra.get("questions", {})
        rows.append({"submission": submission.name,
                     **{q: per_question.get(q, 0) for q in questions},
                     "total": results.get("score", 0), "status": extra.get("status", "error"),
                     "message": first_line(results.get("output"))})
    Path(csv_path).parent.mkdir(parents=True, exist_ok=True)
    with open(csv_path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, ["submission", *questions, "total", "status", "message"])
        writer.writeheader()
        writer.writerows(rows)
    return rows
