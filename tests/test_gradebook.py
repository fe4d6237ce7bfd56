"""`make grade`: who each submission belongs to (Gradescope's export, Canvas's download,
folders per student, Otter's export names), which one counts, which results are reused, the
gradebook's columns, and the refusal to run students' code without walls.

Most tests grade with a stand-in (`fake_grade`) and a stand-in zip, in no time: who is who,
the order and the reuse of results are the gradebook's own logic. One test grades real
notebooks through the built zip of 01_numpy_backprop, the fastest assignment."""
import csv
import json
import os
import subprocess
import sys
import uuid
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from autograder import __main__ as cli
from autograder import course, gradebook
from autograder.gradebook import (LayoutError, grade_class, grade_with_zip, identify, points,
                                  shorten, shown)
from conftest import max_scores

SLUG = "01_numpy_backprop"


def fake_grade(source, submission, only=()):
    """Stands in for the real grader (module level, so that the worker processes find it):
    a submission is a JSON file {"score": …, "isolation": …, "output": …}; each result
    names the zip that graded it and is unique, so that a reused result can be told from a
    fresh one."""
    wanted = json.loads(Path(submission).read_text())
    slug = json.loads(Path(source, "assignment.json").read_text())["slug"]
    return {"score": wanted["score"], "tests": [],
            "output": f"{wanted.get('output', 'Graded.')}\ngraded by {slug}: {uuid.uuid4()}",
            "extra_data": {"status": "graded", "questions": {"q1": wanted["score"], "q2": 0},
                           "isolation": wanted.get("isolation", "namespaces")}}


@pytest.fixture
def fake_grader(monkeypatch):
    monkeypatch.setattr(gradebook, "grade_one", fake_grade)


def fake_zip(path, slug=SLUG, build_note=""):
    """A stand-in autograder zip: its assignment.json, and a note that makes a rebuild differ."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("assignment.json", json.dumps({"slug": slug, "questions": ["q1", "q2"]}))
        archive.writestr("build.txt", build_note)
    return path


def submit(path, score, mtime=None, **fields):
    """A stand-in submission that `fake_grade` scores `score`; `mtime` sets its modification
    time, which must never decide which submission counts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"score": score, **fields}))
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def by_student(rows):
    return {row["student"]: row for row in rows}


OLD, NEW = 1_000_000, 2_000_000  # modification times

GRADESCOPE_METADATA = """\
submission_101:
  :submitters:
  - :name: Alice Smith
    :sid: '1001'
    :email: alice@example.edu
  :created_at: 2026-01-10 09:00:00.123456000 -08:00
  :score: 10.0
submission_102:
  :submitters:
  - :name: Alice Smith
    :sid: '1001'
    :email: alice@example.edu
  :created_at: 2026-01-11 09:00:00.000000000 -08:00
submission_103:
  :submitters:
  - :name: Bob Jones
    :sid: '2002'
    :email: bob@example.edu
  - :name: Carol King
    :sid: 3003
    :email: carol@example.edu
  - :name: Erin Noid
    :email: erin@example.edu
  :created_at: 2026-01-11 10:00:00.000000000 Z
submission_104:
  :submitters:
  - :name: Dave Empty
    :sid: '4004'
    :email: dave@example.edu
  :created_at: 2026-01-12 10:00:00.000000000 Z
"""


def test_gradescope_export_group_members_and_created_at(tmp_path, fake_grader):
    """Gradescope's Export Submissions, unzipped as downloaded (one folder down): names, SIDs
    and emails from submission_metadata.yml; alice's newer upload counts by :created_at:
    although its file is older; each member of a group gets a row; an empty upload a reason."""
    export = tmp_path / "class" / "assignment_7_export"
    export.mkdir(parents=True)
    (export / "submission_metadata.yml").write_text(GRADESCOPE_METADATA)
    submit(export / "submission_101" / f"{SLUG}.ipynb", 10, mtime=NEW)
    submit(export / "submission_102" / f"{SLUG}.ipynb", 40, mtime=OLD)
    submit(export / "submission_103" / f"{SLUG}.ipynb", 25)
    (export / "submission_104").mkdir()
    rows, graded = grade_class(fake_zip(tmp_path / "zip" / f"{SLUG}.zip"), tmp_path / "class",
                               results_dir=tmp_path / "results", progress=False)
    rows = by_student(rows)
    assert set(rows) == {"1001", "2002", "3003", "erin@example.edu", "4004"}
    alice = rows["1001"]
    assert (alice["name"], alice["sid"], alice["email"]) == ("Alice Smith", "1001", "alice@example.edu")
    assert alice["submission"] == f"assignment_7_export/submission_102/{SLUG}.ipynb"
    assert (alice["total"], alice["q1"], alice["late"]) == (40, 40, "no")
    assert alice["other_submissions"] == f"assignment_7_export/submission_101/{SLUG}.ipynb (10)"
    assert "created_at" in alice["counted_by"]
    group = [rows[s] for s in ("2002", "3003", "erin@example.edu")]
    assert [r["name"] for r in group] == ["Bob Jones", "Carol King", "Erin Noid"]
    assert {r["submission"] for r in group} == {f"assignment_7_export/submission_103/{SLUG}.ipynb"}
    assert all(r["total"] == 25 and r["other_submissions"] == "" for r in group)
    dave = rows["4004"]
    assert (dave["total"], dave["status"]) == (0, "ungradable")
    assert "Nothing was submitted" in dave["message"]
    # graded: every submission, once per submitter.
    group_path = export / "submission_103" / f"{SLUG}.ipynb"
    members = [identity for path, _, identity in graded if path == group_path.resolve()]
    assert [m["student"] for m in members] == ["2002", "3003", "erin@example.edu"]
    assert len(graded) == 6 and all(set(i) >= {"student", "name", "sid", "email", "late"}
                                    for _, _, i in graded)


def test_canvas_names_user_id_submission_id_and_late(tmp_path, fake_grader):
    """Canvas's bulk download: the user id is the student, the submission id (not the
    file's time) orders, `_LATE` marks a late submission."""
    folder = tmp_path / "canvas"
    submit(folder / "smithjohn_12345_67001_hw1.ipynb", 20, mtime=NEW)
    submit(folder / "smithjohn_LATE_12345_67890_hw1.ipynb", 36.666666, mtime=OLD)
    submit(folder / "doejane_222_333_hw1-1.ipynb", 50)
    rows, graded = grade_class(fake_zip(tmp_path / f"{SLUG}.zip"), folder,
                               results_dir=tmp_path / "results", progress=False)
    rows = by_student(rows)
    assert set(rows) == {"12345", "222"}
    john = rows["12345"]
    assert (john["name"], john["submission"]) == ("smithjohn", "smithjohn_LATE_12345_67890_hw1.ipynb")
    assert (john["total"], john["late"]) == (36.67, "yes")
    assert john["other_submissions"] == "smithjohn_12345_67001_hw1.ipynb (20)"
    assert "submission id" in john["counted_by"]
    assert rows["222"]["late"] == "no"
    late = {Path(p).name: identity["late"] for p, _, identity in graded}
    assert late == {"smithjohn_12345_67001_hw1.ipynb": "no",
                    "smithjohn_LATE_12345_67890_hw1.ipynb": "yes", "doejane_222_333_hw1-1.ipynb": "no"}


def test_folders_per_student_order_otter_exports_by_their_timestamp(tmp_path, fake_grader):
    """In a student's folder, Otter export names are ordered by their timestamp, whatever the
    files' times; names without a date by name, and the gradebook says to check."""
    folder = tmp_path / "class"
    submit(folder / "alice" / f"{SLUG}_2026_01_02T10_00_00_000000.zip", 45, mtime=OLD)
    submit(folder / "alice" / f"{SLUG}_2026_01_01T23_59_59_999999.zip", 5, mtime=NEW)
    submit(folder / "bob" / f"{SLUG}_2026_01_01T08_00_00_000000.zip", 30)
    submit(folder / "carol" / "hw_v10.ipynb", 12, mtime=OLD)
    submit(folder / "carol" / "hw_v9.ipynb", 3, mtime=NEW)
    rows, _ = grade_class(fake_zip(tmp_path / f"{SLUG}.zip"), folder,
                          results_dir=tmp_path / "results", progress=False)
    rows = by_student(rows)
    assert set(rows) == {"alice", "bob", "carol"}
    assert rows["alice"]["submission"] == f"alice/{SLUG}_2026_01_02T10_00_00_000000.zip"
    assert rows["alice"]["total"] == 45 and "export time" in rows["alice"]["counted_by"]
    assert rows["bob"]["total"] == 30 and rows["bob"]["counted_by"] == ""
    assert rows["carol"]["submission"] == "carol/hw_v10.ipynb"
    assert "no date" in rows["carol"]["counted_by"]


def test_files_named_after_students_are_never_merged(tmp_path):
    """Files side by side: one student per file, however alike their names."""
    folder = tmp_path / "class"
    submit(folder / "alice_v1.ipynb", 0)
    submit(folder / "alice_late.ipynb", 0)
    found = {s.label: s for s in identify(folder, SLUG)}
    assert {label: s.students[0]["student"] for label, s in found.items()} == {
        "alice_late.ipynb": "alice_late", "alice_v1.ipynb": "alice_v1"}
    assert found["alice_late.ipynb"].late and not found["alice_v1.ipynb"].late
    [single] = identify(folder / "alice_late.ipynb", SLUG)  # one file: the same rules
    assert (single.students[0]["student"], single.late) == ("alice_late", True)


@pytest.mark.parametrize("names, expected", [
    # Otter's export names side by side: all "01", once.
    ([f"{SLUG}_2026_01_01T10_00_00_000000.zip", f"{SLUG}_2026_01_02T10_00_00_000000.zip"],
     "folder named after the student"),
    # Notebooks named after the assignment.
    ([f"{SLUG}.ipynb", f"{SLUG} (1).ipynb"], "folder named after the student"),
    # Two layouts at once.
    (["alice/hw.ipynb", "smithjohn_12345_67890_hw.ipynb"], "mixes layouts"),
    (["alice/hw.ipynb", "bob.ipynb"], "mixes layouts"),
])
def test_a_download_that_does_not_say_who_is_who_stops(tmp_path, names, expected):
    for name in names:
        submit(tmp_path / "class" / name, 0)
    with pytest.raises(LayoutError, match=expected) as stop:
        identify(tmp_path / "class", SLUG)
    assert names[0] in str(stop.value)  # an example of what it could not place


def fresh(results):
    """Each `fake_grade` result is unique: equal outputs mean a reused result."""
    return results["output"]


def test_results_are_reused_exactly_while_zip_and_submission_are_unchanged(tmp_path, fake_grader):
    """The measured bugs: a result reused by file name alone for another assignment, a
    changed submission or a rebuilt zip. Each is graded again; the unchanged ones are not."""
    folder, results = tmp_path / "class", tmp_path / "results"
    alice = submit(folder / "alice.ipynb", 50)
    bob = submit(folder / "bob.ipynb", 20)
    zip_01 = fake_zip(tmp_path / "zips" / f"{SLUG}.zip")

    def grade(zip_path, **options):
        graded = grade_with_zip(zip_path, [alice, bob], results_dir=results, root=folder, **options)
        return {p.name: fresh(r) for p, r in graded}

    first = grade(zip_01)
    assert grade(zip_01) == first  # nothing changed: both reused
    saved = json.loads((results / "alice.ipynb.json").read_text())["extra_data"]["graded_with"]
    assert saved["assignment"] == SLUG and saved["submission_sha256"] == gradebook.sha256(alice)
    assert saved["autograder_sha256"] == gradebook.sha256(zip_01)

    submit(bob, 21)  # the same name, another content
    second = grade(zip_01)
    assert second["alice.ipynb"] == first["alice.ipynb"] and second["bob.ipynb"] != first["bob.ipynb"]

    # Another assignment's zip, the same results folder and names: graded again, by that zip.
    other = grade(fake_zip(tmp_path / "zips" / "06_dqn.zip", slug="06_dqn"))
    assert all(other[n] != second[n] and "graded by 06_dqn" in other[n] for n in other)

    rebuilt = grade(fake_zip(zip_01, build_note="rebuilt"))  # the same name, new bytes
    assert all(rebuilt[n] != other[n] and "graded by 01" in rebuilt[n] for n in rebuilt)
    assert grade(zip_01) == rebuilt

    (results / "bob.ipynb.json").write_text('{"score": 2')  # cut off by an interruption
    resumed = grade(zip_01)
    assert resumed["alice.ipynb"] == rebuilt["alice.ipynb"] and resumed["bob.ipynb"] != rebuilt["bob.ipynb"]
    regraded = grade(zip_01, regrade=True)
    assert all(regraded[n] != resumed[n] for n in regraded)
    # Graded on some questions only: not the same as graded on all of them.
    assert grade(zip_01, only={alice: ["q1"]})["alice.ipynb"] != regraded["alice.ipynb"]


def test_results_of_each_assignment_are_kept_apart(tmp_path, fake_grader):
    """grade_class keeps results/<slug>/: grading 06 does not push 01's results out."""
    folder = tmp_path / "class"
    submit(folder / "dave.ipynb", 50)
    zips = {slug: fake_zip(tmp_path / f"{slug}.zip", slug=slug) for slug in (SLUG, "06_dqn")}
    runs = [grade_class(zips[slug], folder, results_dir=tmp_path / "results", progress=False)[1]
            for slug in (SLUG, "06_dqn", SLUG)]
    outputs = [fresh(graded[0][1]) for graded in runs]
    assert outputs[0] == outputs[2] != outputs[1]
    assert sorted(p.relative_to(tmp_path / "results").as_posix()
                  for p in (tmp_path / "results").rglob("*.json")) == [
        f"{SLUG}/dave.ipynb.json", "06_dqn/dave.ipynb.json"]


def test_summary_counts_reused_results_and_warns_of_grading_without_walls(tmp_path, fake_grader, capsys):
    folder, results = tmp_path / "class", tmp_path / "results"
    zip_path = fake_zip(tmp_path / f"{SLUG}.zip")
    long_message = ("The notebook could not be graded because its third cell raised "
                    "NameError on the variable weights_hidden_layer when it ran.")
    submit(folder / "alice.ipynb", 50)
    submit(folder / "bob.ipynb", 36.666666, output=long_message)
    submit(folder / "carol.ipynb", 10, isolation="none")
    grade_class(zip_path, folder, results_dir=results, progress=False)
    submit(folder / "alice.ipynb", 49)
    started = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    rows, graded = grade_class(zip_path, folder, results_dir=results, progress=False)
    capsys.readouterr()
    cli.report(rows, graded, started, results / SLUG, tmp_path / "gradebook.csv")
    out = capsys.readouterr().out
    assert "3 submission(s) from 3 student(s): 1 graded now, 2 reused" in out
    assert "graded WITHOUT walls" in out and "carol" in out.split("WITHOUT walls")[1]
    assert " 36.67 " in out and "36.666" not in out
    bob_line = next(line for line in out.splitlines() if line.startswith("bob "))
    shown = bob_line.split("graded", 1)[1].strip()
    assert shown.endswith("…") and long_message.startswith(shown[:-1].strip())
    assert long_message.split()[len(shown[:-1].split()) - 1] == shown[:-1].split()[-1]  # a whole word
    assert by_student(rows)["carol"]["isolation"] == "none"
    assert by_student(rows)["alice"]["isolation"] == "namespaces"


def test_scores_have_two_decimals_and_cuts_fall_between_words():
    assert [points(v) for v in (36.666666, 50, 0.005, None, -0.0)] == [36.67, 50, 0.01, 0, 0]
    assert [shown(v) for v in (36.666666, 50.0, 0.5, 0.005, -0.0, 1234567.891)] == [
        "36.67", "50", "0.5", "0.01", "0", "1234567.89"]
    assert shorten("short", 10) == "short"
    assert shorten("a cell raised NameError here", 20) == "a cell raised…"
    assert shorten("Supercalifragilistic", 10) == "Supercali…"  # one word longer than the line


def test_grading_without_walls_needs_to_be_asked_for(monkeypatch, tmp_path):
    """Not root: no walls around the students' code, so `grade` stops before anything runs,
    unless --unsandboxed (UNSANDBOXED=1 in make) asks for it."""
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(SystemExit, match="UNSANDBOXED=1") as stop:
        cli.main(["grade", SLUG, str(tmp_path)])
    assert "--unsandboxed" in str(stop.value)
    cli.refuse_without_walls(unsandboxed=True)  # asked for: goes on
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    if sys.platform == "linux":
        cli.refuse_without_walls(unsandboxed=False)  # root on Linux: walled in


@pytest.mark.parametrize("extra, flags", [([], ""), (["UNSANDBOXED=1", "REGRADE=1"], "--regrade --unsandboxed")])
def test_make_grade_passes_its_options(extra, flags):
    commands = subprocess.run(["make", "-n", "grade", f"A={SLUG}", "SUBMISSIONS=some folder", *extra],
                              cwd=course.ROOT, capture_output=True, text=True, check=True).stdout
    line = " ".join(next(c for c in commands.splitlines() if "-m autograder grade" in c).split())
    assert line.endswith(f'grade {SLUG} "some folder" --out "gradebook.csv" {flags}'.rstrip())


def test_the_atari_prebuild_prints_nothing(tmp_path):
    """`make release` says what it is doing and nothing else: no emulator banner."""
    prebuild = course.SOLUTIONS / "06_dqn" / "prebuild.py"
    (tmp_path / prebuild.name).write_bytes(prebuild.read_bytes())
    run = subprocess.run([sys.executable, prebuild.name], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (run.stdout, run.stderr) == ("", "")
    assert (tmp_path / "atari_frames.npy").exists()


def run_grade(zip_path, folder, out, results, *extra):
    return subprocess.run([sys.executable, "-m", "autograder", "grade", SLUG, str(folder),
                           "--zip", str(zip_path), "--out", str(out), "--results", str(results),
                           "--unsandboxed", *extra],
                          check=True, cwd=course.ROOT, capture_output=True, text=True)


def test_make_grade_gradebook_resume_duplicates_and_late(built, tmp_path):
    """The real thing, through the built zip: a Canvas download with a student's two
    submissions (the later one late and full marks, its file older) and an unreadable one;
    the CSV's columns; a rerun that reuses every result, one that grades again only the
    changed file, and --regrade."""
    folder, out, results = tmp_path / "submissions", tmp_path / "gradebook.csv", tmp_path / "results"
    folder.mkdir()
    # A copy: a rebuild of dist/autograder/ meanwhile (by another test run) would rightly
    # make every result stale.
    zip_path = tmp_path / f"{SLUG}.zip"
    zip_path.write_bytes(built[SLUG].read_bytes())
    first, late = folder / "smithalice_111_1001_nb.ipynb", folder / "smithalice_LATE_111_1002_nb.ipynb"
    first.write_bytes(built.stub(SLUG).read_bytes())
    late.write_bytes(built.solution(SLUG).read_bytes())
    os.utime(late, (OLD, OLD))  # the file's time must not decide
    (folder / "doebob_222_2001_nb.ipynb").write_text("{ not json")
    report = run_grade(zip_path, folder, out, results).stdout
    table = list(csv.DictReader(out.open()))
    questions = list(max_scores(built[SLUG]))
    assert list(table[0]) == ["student", "name", "sid", "email", "submission", *questions, "total",
                              "status", "late", "other_submissions", "counted_by", "isolation",
                              "message"]
    rows = by_student(table)
    assert set(rows) == {"111", "222"}
    alice, bob = rows["111"], rows["222"]
    assert (alice["name"], alice["submission"], alice["late"]) == ("smithalice", late.name, "yes")
    assert float(alice["total"]) == sum(max_scores(built[SLUG]).values())
    assert alice["other_submissions"] == f"{first.name} (0)"
    assert alice["isolation"] in ("namespaces", "users", "none", "")
    assert "111: several submissions; counted smithalice_LATE" in report and "late: 111" in report
    assert "3 submission(s) from 2 student(s): 3 graded now, 0 reused" in report
    assert float(bob["total"]) == 0 and bob["status"] == "ungradable"
    assert "not a readable Jupyter notebook" in bob["message"]
    saved = {p.name for p in (results / SLUG).iterdir()}
    assert saved == {f"{first.name}.json", f"{late.name}.json", "doebob_222_2001_nb.ipynb.json"}

    assert "0 graded now, 3 reused" in run_grade(zip_path, folder, out, results).stdout
    (folder / "doebob_222_2001_nb.ipynb").write_text("")  # resubmitted under the same name
    assert "1 graded now, 2 reused" in run_grade(zip_path, folder, out, results).stdout
    assert "submitted notebook is empty" in by_student(csv.DictReader(out.open()))["222"]["message"]
    assert "3 graded now, 0 reused" in run_grade(zip_path, folder, out, results, "--regrade").stdout
