"""Grade a class's submissions with an assignment's built zip, and write a gradebook that a
course can import. `grade_class` is the whole job.

Who a submission belongs to comes from the layout the TA downloaded (`identify`):
- Gradescope's *Export Submissions* folder: `submission_metadata.yml` maps each
  `submission_<id>/` folder to its submitters (name, SID, email); `:created_at:` orders a
  student's submissions; a group submission counts for every one of its submitters;
- a Canvas bulk download: `smithjohn[_LATE]_<userid>_<submissionid>_<file>`; the user id
  is the student, the submission id orders;
- one folder per student (`alice/hw1.ipynb`): Otter export names
  (`<slug>_2024_01_31T23_59_59_123456.zip`) are ordered by their time, other names by name
  (and the gradebook says so);
- files side by side, each named after its student (`alice.ipynb`): one student per file.
A file's modification time never decides which submission counts. A download that does not
say who is who (Otter export zips side by side, files named after the assignment, layouts
mixed) stops with a message that says how to provide it: students are never merged by a
guess.

Results are keyed by what was graded: the assignment, the sha256 of the autograder zip and
the sha256 of the submission (kept in each result as `extra_data.graded_with`, with the
time it was graded). A rerun reuses exactly the results whose key still matches: a changed
submission, a rebuilt zip or another assignment's file of the same name is graded again.
"""
import csv
import hashlib
import json
import os
import re
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml

from .grade import points as shown  # a score as printed
from .gradescope import simulate, unpack, write_results
from .submission import SubmissionProblem, find_submission

SUBMISSION_SUFFIXES = (".ipynb", ".zip")
IGNORED_FOLDERS = {".ipynb_checkpoints", "__MACOSX"}
GRADESCOPE_METADATA = "submission_metadata.yml"
CANVAS_NAME = re.compile(r"(?P<name>[^_]+)(?P<late>_(?i:late))?_(?P<user>\d+)_(?P<submission>\d+)_.+")
OTTER_EXPORT_TIME = re.compile(r"_(\d{4})_(\d{2})_(\d{2})T(\d{2})_(\d{2})_(\d{2})_(\d{6})\.zip$")
LAYOUTS = {"canvas": "Canvas names", "folder": "folders per student",
           "named": "files named after students"}
# The fields of `extra_data.graded_with` that decide whether a saved result still holds.
KEY_FIELDS = ("assignment", "autograder_sha256", "submission_sha256", "only")


class LayoutError(SystemExit):
    """The download does not say who submitted what; the message says how to provide it."""


@dataclass
class Submission:
    """One upload and who it belongs to."""
    path: Path               # the file to grade (an upload with nothing to grade: its folder)
    label: str               # its name in the gradebook: its path in the download
    students: list           # its submitters: dicts with student, name, sid, email
    order: tuple = ()        # sorts one student's uploads, oldest first
    ordered_by: str = ""     # what `order` comes from; "" when the download gives no date
    late: bool = False
    problem: str = ""        # why there is nothing to grade


def person(student, name="", sid="", email=""):
    return {"student": str(student), "name": str(name or ""), "sid": str(sid or ""),
            "email": str(email or "")}


def identify(path, slug):
    """The submissions under `path` (a file, or a folder in one of the layouts above) and
    who each belongs to. Raises LayoutError where the layout does not say."""
    path = Path(path)
    if path.is_file():
        return [submission_named(path, path.parent)]
    if not path.is_dir():
        raise SystemExit(f"No such file or folder: {path}")
    exports = [m.parent for m in [path / GRADESCOPE_METADATA, *path.glob(f"*/{GRADESCOPE_METADATA}")]
               if m.is_file()]
    if len(exports) > 1:
        raise LayoutError(f"{path} holds several Gradescope exports "
                          f"({', '.join(str(e) for e in exports)}): grade one at a time.")
    if exports:
        return gradescope_export(exports[0], path)
    return by_file_names(path, slug)


def gradescope_export(folder, root):
    """Gradescope's *Export Submissions*: `submission_metadata.yml` maps each
    `submission_<id>` folder to its `:submitters:` (YAML with Ruby-symbol keys, which PyYAML
    reads as strings such as ':name')."""
    metadata = yaml.safe_load((folder / GRADESCOPE_METADATA).read_text()) or {}
    if not isinstance(metadata, dict):
        raise LayoutError(f"{folder / GRADESCOPE_METADATA} is not Gradescope's metadata (no "
                          f"submission_<id>: entries): download Export Submissions again.")
    on_disk = {p.name for p in folder.iterdir() if p.is_dir() and p.name.startswith("submission_")}
    submissions = []
    for key in sorted(set(metadata) | on_disk):
        entry = metadata.get(key) if isinstance(metadata.get(key), dict) else {}
        students = [person(s.get(":sid") or s.get(":email") or s.get(":name"), s.get(":name"),
                           s.get(":sid"), s.get(":email"))
                    for s in entry.get(":submitters") or [] if isinstance(s, dict)]
        created = moment(entry.get(":created_at"))
        try:
            upload, problem = find_submission(folder / key), ""
        except SubmissionProblem as error:
            upload, problem = folder / key, str(error)
        submissions.append(Submission(
            upload, relative(upload, root),
            students or [person(key)],  # no submitter recorded: a row of its own, never merged
            order=(created or 0.0, key), ordered_by="Gradescope's created_at" if created else "",
            problem=problem))
    return submissions


def moment(value):
    """Seconds since the epoch of a `:created_at:` (PyYAML reads the timestamp as a datetime;
    a quoted one stays a string, in the same syntax); None if there is none."""
    if isinstance(value, str):
        try:
            value = yaml.safe_load(value)
        except yaml.YAMLError:
            return None
    if not isinstance(value, datetime):
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).timestamp()


def by_file_names(root, slug):
    """A Canvas download, one folder per student, or one file per student (see the module's
    docstring): told apart by the files' names, and never mixed."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in SUBMISSION_SUFFIXES
                   and not IGNORED_FOLDERS & set(p.relative_to(root).parts))
    layouts = {}
    for file in files:
        layouts.setdefault(layout_of(file.relative_to(root), slug), []).append(file)
    if "unnamed" in layouts:
        examples = ", ".join(f.name for f in layouts["unnamed"][:3])
        raise LayoutError(
            f"Cannot tell whose these submissions are: {examples} carry the assignment's name, "
            f"not a student's. Put each student's files in a folder named after the student "
            f"({root}/alice/{layouts['unnamed'][0].name}), or grade Gradescope's Export "
            f"Submissions folder or Canvas's bulk download as downloaded.")
    if len(layouts) > 1:
        found = "; ".join(f"{LAYOUTS[kind]}: {relative(found[0], root)}"
                          for kind, found in sorted(layouts.items()))
        raise LayoutError(
            f"{root} mixes layouts ({found}), so who is who is unclear. Keep one: one folder "
            f"per student, Canvas's bulk download as downloaded, or files named after students.")
    return [submission_named(file, root) for file in files]


def layout_of(relative_path, slug):
    """Which layout a file's path says it is in; "unnamed": it names no student."""
    if len(relative_path.parts) > 1:
        return "folder"
    if CANVAS_NAME.fullmatch(relative_path.name):
        return "canvas"
    if OTTER_EXPORT_TIME.search(relative_path.name) or relative_path.name.startswith(slug):
        return "unnamed"
    return "named"


def submission_named(file, root):
    """A submission of a Canvas download, a folder per student, or a file named after its
    student, from its path under `root`."""
    relative_path = file.relative_to(root)
    label = relative_path.as_posix()
    canvas = CANVAS_NAME.fullmatch(file.name)
    if len(relative_path.parts) > 1:
        exported = OTTER_EXPORT_TIME.search(file.name)
        return Submission(file, label, [person(relative_path.parts[0])],
                          order=("".join(exported.groups()) if exported else "", natural(label)),
                          ordered_by="Otter's export time" if exported else "",
                          late=says_late(file.name))
    if canvas:
        return Submission(file, label, [person(canvas["user"], canvas["name"])],
                          order=(int(canvas["submission"]), file.name),
                          ordered_by="Canvas's submission id", late=bool(canvas["late"]))
    return Submission(file, label, [person(file.stem)], late=says_late(file.name))


def says_late(name):
    """A file name with the word `late` in it (`alice_late.ipynb`)."""
    return "late" in re.split(r"[^a-z]+", name.lower())


def natural(text):
    """hw2 before hw10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def relative(path, root):
    """`path` as the gradebook names it: its path under `root`, else its file name."""
    return path.relative_to(root).as_posix() if root in path.parents else path.name


def result_name(submission, root):
    """results/<slug>/<the submission's path in the download, with / as __>.json"""
    return relative(Path(submission), root).replace("/", "__") + ".json"


def assignment_config(zip_path):
    """The zip's assignment.json: its slug, questions, limits."""
    with zipfile.ZipFile(zip_path) as archive:
        return json.loads(archive.read("assignment.json"))


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def graded_key(results):
    """What a saved result was graded from (its `graded_with`, without the time)."""
    graded_with = results.get("extra_data", {}).get("graded_with", {})
    return {field: graded_with[field] for field in KEY_FIELDS if field in graded_with}


def read_saved(path):
    try:
        results = json.loads(path.read_text())
    except (OSError, ValueError):  # none yet, or cut off by an interruption: grade again
        return None
    return results if isinstance(results, dict) else None


def zero_results(message, status):
    """A result for a submission that was not graded: 0 points, `message` says why."""
    return {"score": 0, "output": message, "tests": [],
            "extra_data": {"status": status, "questions": {}}}


def grade_one(source, submission, only=()):
    with tempfile.TemporaryDirectory(prefix="submission-") as workdir:
        try:
            return simulate(source, submission, workdir, only)
        except Exception as error:  # run_autograder always writes results; this is a last resort
            return zero_results(f"Not graded: the grader failed ({error}).", "error")


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
                f"{f' ({self.resumed} unchanged since an earlier run)' if self.resumed else ''}"
                f"{f', {60 * rate:.1f}/min, about {left:.0f} s left' if rate else ''}")
        if self.live:
            print(f"\r{line}", end="" if self.done < self.total else "\n", file=sys.stderr, flush=True)
        elif self.done == self.total or graded % max(1, self.total // 10) == 0:
            print(line, file=sys.stderr, flush=True)


def grade_with_zip(zip_path, submissions, workers=None, results_dir=None, root=None,
                   regrade=False, progress=False, only=None):
    """[(submission, results)] in the order given, graded by the zip's own run_autograder.
    With `results_dir`, each result is saved as soon as it exists, with the key of what was
    graded in `extra_data.graded_with`, and reused on a rerun while that key still matches
    (unless `regrade`). `only`: {submission: question names} for submissions to grade on
    some questions only."""
    submissions = [Path(s) for s in submissions]
    root = Path(root) if root else None
    workers = workers or os.cpu_count() or 1
    only = only or {}
    saved, keys = {}, {}
    if results_dir is not None:
        results_dir = Path(results_dir)
        zip_key = {"assignment": assignment_config(zip_path)["slug"],
                   "autograder_sha256": sha256(zip_path)}
        for s in submissions:
            keys[s] = {**zip_key, "submission_sha256": sha256(s),
                       **({"only": sorted(only[s])} if only.get(s) else {})}
            previous = None if regrade else read_saved(results_dir / result_name(s, root))
            if previous is not None and graded_key(previous) == keys[s]:
                saved[s] = previous
    todo = [s for s in dict.fromkeys(submissions) if s not in saved]
    bar = Progress(len(submissions), len(saved), enabled=progress)
    if todo:
        with tempfile.TemporaryDirectory(prefix="autograder-") as source:
            unpack(zip_path, source)
            with ProcessPoolExecutor(max_workers=min(workers, len(todo))) as pool:
                futures = {pool.submit(grade_one, source, s, only.get(s, ())): s for s in todo}
                for future in as_completed(futures):
                    submission = futures[future]
                    saved[submission] = future.result()
                    if results_dir is not None:
                        saved[submission].setdefault("extra_data", {})["graded_with"] = {
                            **keys[submission],
                            "graded_at": datetime.now(timezone.utc).isoformat(timespec="microseconds")}
                        write_results(results_dir / result_name(submission, root), saved[submission])
                    bar.step()
    return [(s, saved[s]) for s in submissions]


def grade_class(zip_path, path, results_dir="results", regrade=False, progress=True, workers=None):
    """Grade every submission under `path` (a file, or a folder in one of the layouts of
    `identify`) with the autograder zip, reusing the unchanged results saved in
    `results_dir/<slug>/`. Returns (rows, graded): the gradebook rows, one per student (see
    `gradebook_rows`), and (submission path, results, identity) for every submission and
    each of its submitters; identity: student, name, sid, email, late ("yes"/"no")."""
    config = assignment_config(zip_path)
    path = Path(path).resolve()
    submissions = identify(path, config["slug"])
    folder = Path(results_dir) / config["slug"] if results_dir is not None else None
    results = dict(grade_with_zip(zip_path, [s.path for s in submissions if not s.problem],
                                  workers=workers, results_dir=folder,
                                  root=path if path.is_dir() else path.parent,
                                  regrade=regrade, progress=progress))
    entries = [(s, zero_results(f"Not graded: {s.problem}", "ungradable") if s.problem
                else results[s.path]) for s in submissions]
    graded = [(s.path, r, {**who, "late": yes_no(s.late)}) for s, r in entries for who in s.students]
    return gradebook_rows(entries, config["questions"]), graded


def yes_no(flag):
    return "yes" if flag else "no"


def points(value):
    """A score rounded to two decimals (36.666… becomes 36.67)."""
    return round(float(value or 0), 2) + 0.0  # + 0.0: never "-0"




def shorten(text, width):
    """`text` in at most `width` characters, cut at a word boundary, with "…" where cut."""
    if len(text) <= width:
        return text
    space = text[:width].rfind(" ")
    return (text[:space] if space > 0 else text[:width - 1]).rstrip(" ,;:") + "…"


def first_line(text, width=200):
    text = (text or "").strip()
    return shorten(text.splitlines()[0], width) if text else ""


def gradebook_rows(entries, questions):
    """One row per student from [(Submission, results)]: the newest submission counts (the
    last in its layout's order), its per-question points and total; the others are listed
    with their scores, and `counted_by` says how the newest was told."""
    by_student = {}
    for submission, results in entries:
        for who in submission.students:
            by_student.setdefault(who["student"], []).append((submission, results, who))
    rows = []
    for student, theirs in sorted(by_student.items()):
        theirs.sort(key=lambda entry: entry[0].order)
        submission, results, who = theirs[-1]
        extra = results.get("extra_data", {})
        per_question = extra.get("questions", {})
        bases = {s.ordered_by for s, _, _ in theirs}
        counted_by = ("" if len(theirs) == 1 else
                      f"the newest by {bases.pop()}" if len(bases) == 1 and "" not in bases else
                      "the last by file name: the names carry no date, check")
        others = [f"{s.label} ({shown(r.get('score'))}{', late' if s.late else ''})"
                  for s, r, _ in theirs[:-1]]
        rows.append({**who, "submission": submission.label,
                     **{q: points(per_question.get(q)) for q in questions},
                     "total": points(results.get("score")), "status": extra.get("status", "error"),
                     "late": yes_no(submission.late), "other_submissions": "; ".join(others),
                     "counted_by": counted_by, "isolation": extra.get("isolation", ""),
                     "message": first_line(results.get("output"))})
    return rows


def write_gradebook(rows, questions, csv_path):
    Path(csv_path).parent.mkdir(parents=True, exist_ok=True)
    columns = ["student", "name", "sid", "email", "submission", *questions, "total", "status",
               "late", "other_submissions", "counted_by", "isolation", "message"]
    with open(csv_path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows({key: shown(value) if isinstance(value, float) else value
                          for key, value in row.items()} for row in rows)
