"""The class report (`make report`): a small class of 01_numpy_backprop is graded once
(the solution, the stub, two known bugs, an ungradable file, and a student who submitted
twice, the second time late), then the report's counts are checked against what was
graded, its known-mistakes section against diagnoses written into the results, and its HTML
in headless Chromium (not blank, nothing fetched).

Needs Chromium (`apt-get install chromium`); without it the rendering test fails."""
import copy
import csv
import html
import json
import re
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from autograder import report, slides
from autograder.gradebook import assignment_config, grade_class
from conftest import TESTS, load_notebook, with_code_cell, write_notebook

SLUG = "01_numpy_backprop"
# Unusual names, so that finding one in a page is never a coincidence.
SOLVER, STUB, SOFTMAX_BUG, LINEAR_BUG, BROKEN, TWICE = (
    "abelard", "brunhilde", "cosimo", "desdemona", "evander", "fenella")
PROBE = """<script>
window.addEventListener("load", function () {
  var out = document.createElement("pre");
  out.id = "report-probe";
  out.textContent = JSON.stringify({
    images: document.images.length,
    broken: Array.prototype.filter.call(document.images, function (i) {
      return !i.complete || i.naturalWidth === 0; }).length,
    resources: performance.getEntriesByType("resource").map(function (e) { return e.name; })
                 .filter(function (n) { return n.indexOf("data:") !== 0; })});
  document.body.appendChild(out);
});
</script>"""


@pytest.fixture(scope="module")
def classroom(built, tmp_path_factory):
    """(submissions folder, results folder, zip, rows, graded) of the small class, one
    folder per student."""
    folder = tmp_path_factory.mktemp("report") / "submissions"
    solution = load_notebook(built.solution(SLUG))

    def bug(name):
        return with_code_cell(solution, (TESTS / "bugs" / SLUG / f"{name}.py").read_text())

    write_notebook(solution, folder / SOLVER / "hw.ipynb")
    write_notebook(load_notebook(built.stub(SLUG)), folder / STUB / "hw.ipynb")
    write_notebook(bug("softmax_global_max"), folder / SOFTMAX_BUG / "hw.ipynb")
    write_notebook(bug("linear_db_mean"), folder / LINEAR_BUG / "hw.ipynb")
    (folder / BROKEN).mkdir()
    (folder / BROKEN / "hw.ipynb").write_text("not a notebook")
    # Two submissions, ordered by name: the second, late one counts.
    write_notebook(load_notebook(built.stub(SLUG)), folder / TWICE / "hw1.ipynb")
    write_notebook(solution, folder / TWICE / "hw2_late.ipynb")
    results = folder.parent / "results"
    rows, graded = grade_class(built[SLUG], folder, results_dir=results, progress=False)
    return folder, results, built[SLUG], rows, graded


def questions_of(zip_path):
    return assignment_config(zip_path)["questions"]


def glance(page, section):
    """{fact: value} of the two-column table under the heading with id `section`."""
    part = page.split(f"<h2 id={section}>", 1)[1].split("<h2", 1)[0]
    return dict(re.findall(r"<tr><td>([^<]+)</td><td class=num>([^<]*)</td></tr>", part))


def table_rows(page, heading):
    """The body rows (lists of cell texts, tags removed) of the first table after `heading`."""
    part = page.split(heading, 1)[1].split("<tbody>", 1)[1].split("</table>", 1)[0]
    return [[html.unescape(re.sub(r"<[^>]+>", "", cell))
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", part)]


def score_of(graded, student):
    [score] = {r["score"] for p, r, _ in graded if Path(p).parent.name == student}
    return score


def test_report_counts_what_was_graded(classroom, tmp_path, capsys):
    folder, results, zip_path, rows, graded = classroom
    out = tmp_path / "report.html"
    # Through the command, as `make report` runs it: everything is reused from results/.
    assert report.main([SLUG, str(folder), "--out", str(out), "--results", str(results),
                        "--unsandboxed"]) == 0
    page = out.read_text(encoding="utf-8")

    facts = glance(page, "glance")
    softmax, linear = score_of(graded, SOFTMAX_BUG), score_of(graded, LINEAR_BUG)
    full = next(r for _, r, _ in graded)["extra_data"]["max_score"]
    assert 0 < softmax < full and 0 < linear < full, "each known bug costs some points, not all"
    assert facts == {"Students": "6", "Submissions": "7", "Ungradable submissions": "1",
                     "Students whose counted submission is ungradable": "1",
                     "Late submissions": "1", "Students whose counted submission is late": "1",
                     "Students with several submissions": "1",
                     "Duplicate submissions (beyond one per student)": "1",
                     # scores 0, 0, the two bugs, 50, 50
                     "Median score": f"{round((softmax + linear) / 2, 2):g}"}

    # Five students were graded (the ungradable one is left out); the stub and the softmax
    # bug fail q2's public tests (which show the classic mistakes) and its hidden ones.
    questions = {row[0]: row for row in table_rows(page, "<h2 id=questions>")}
    assert list(questions) == questions_of(zip_path)
    q2 = questions["q2_softmax"]
    assert q2[1].startswith("§3") and q2[5:8] == ["60%", "60%", "+0"]
    assert q2[4].startswith("4 pts ×3, ") and q2[4].endswith(", 0 pts ×1"), \
        "3 full marks, 1 partial, 1 zero"
    assert 'href="slides/01_numpy_backprop.html#softmax"' in page
    assert questions["q1_activations"][5:7] == ["80%", "80%"]

    # The grader named the softmax bug's mistake (known_mistakes.json in the zip).
    known = {row[0] for row in table_rows(page, "<h3>Known mistakes</h3>")}
    assert "softmax_global_max" in known, known
    # Without diagnoses, every failure is unexplained, the softmax bug's among them.
    bare = tmp_path / "bare.html"
    report.write_report(SLUG, questions_of(zip_path), rows, with_diagnoses(graded, {}), bare)
    page = bare.read_text(encoding="utf-8")
    assert "No known mistake was diagnosed" in page
    unexplained = table_rows(page, "Failures no known mistake explains")
    softmax_rows = [r for r in unexplained if r[0] == "q2_softmax" and "-1000" in r[2]]
    assert [r[1] for r in softmax_rows] == ["1"], unexplained
    not_attempted = {r[0]: r[1] for r in unexplained if r[2].startswith("not attempted")}
    # (the find-the-bug question's stub is the buggy function itself: attempted, and wrong)
    assert not_attempted == {q: "1" for q in questions if q != "q13_bug_hunt"}, \
        "the counted stub, once per question"
    assert not [r for r in unexplained if "returned None" in r[2]]

    [ungradable] = table_rows(page, "<h3>Ungradable submissions</h3>")
    assert re.fullmatch(r"Student \d, submission 1 of 1", ungradable[0])
    assert ungradable[1].startswith("Not graded: ")

    for name in (SOLVER, STUB, SOFTMAX_BUG, LINEAR_BUG, BROKEN, TWICE):
        assert name not in page, f"{name}'s name is in an anonymous report"
    assert len(set(re.findall(r"Student \d", page))) > 1
    assert (out.parent / "report.csv").exists()
    assert "per-student diagnoses" in capsys.readouterr().out


def with_diagnoses(graded, diagnosed):
    """A copy of `graded` whose results record the given {student: [catalogue ids]} and
    no other diagnosis."""
    copied = copy.deepcopy(graded)
    for path, results, _ in copied:
        name = Path(path).parent.name
        results["extra_data"].pop("diagnoses", None)
        if name in diagnosed:
            results["extra_data"]["diagnoses"] = diagnosed[name]
    return copied


def test_known_mistakes_come_from_the_diagnoses(classroom, tmp_path):
    _, _, zip_path, rows, graded = classroom
    graded = with_diagnoses(graded, {SOFTMAX_BUG: ["softmax_global_max"],
                                     LINEAR_BUG: ["linear_db_mean", "softmax_global_max",
                                                  "no_such_mistake"]})
    out = tmp_path / "report.html"
    report.write_report(SLUG, questions_of(zip_path), rows, graded, out)
    page = out.read_text(encoding="utf-8")

    known = {row[0]: row for row in table_rows(page, "<h3>Known mistakes</h3>")}
    assert list(known) == ["softmax_global_max", "linear_db_mean", "no_such_mistake"]
    assert known["softmax_global_max"][1:3] == ["2", "q2_softmax"]
    assert known["softmax_global_max"][3].startswith("softmax subtracts one global max")
    assert known["softmax_global_max"][4].startswith("§3")
    assert re.fullmatch(r"Student \d, Student \d", known["softmax_global_max"][6])
    assert known["linear_db_mean"][1:3] == ["1", "q4_linear"]
    assert known["linear_db_mean"][4].startswith("§5")
    assert "not in the catalogue" in known["no_such_mistake"][3]

    # A diagnosed mistake explains its own question's failures, no other.
    unexplained = table_rows(page, "Failures no known mistake explains")
    assert not [r for r in unexplained if r[0] in ("q2_softmax", "q4_linear") and r[1] != "1"]
    assert not [r for r in unexplained if r[0] == "q2_softmax" and "-1000" in r[2]], \
        "the softmax bug is explained"

    with open(out.parent / "report.csv", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 6 and "email" not in table[0]
    diagnosed = [r for r in table if r["diagnoses"]]
    assert sorted(r["diagnoses"] for r in diagnosed) == [
        "linear_db_mean; softmax_global_max; no_such_mistake", "softmax_global_max"]
    first = next(r for r in diagnosed if r["diagnoses"] == "softmax_global_max")
    assert first["revisit"].startswith("§3")
    assert "slides/01_numpy_backprop.html#softmax" in first["revisit"]
    assert first["hints"].startswith("softmax subtracts one global max")
    stub = [r for r in table if float(r["total"]) == 0 and r["status"] == "graded"]
    assert len(stub) == 1 and "q1_activations" in stub[0]["unexplained_failures"]


def test_names_and_cost_appear_as_asked(classroom, tmp_path):
    _, _, zip_path, rows, graded = classroom
    graded = copy.deepcopy(graded)
    for number, (path, results, _) in enumerate(graded):
        results["extra_data"]["peak_memory_mb"] = 100 + number
        if Path(path).parent.name == SOFTMAX_BUG:
            results["execution_time"] = 99.5
    out = tmp_path / "report.html"
    report.write_report(SLUG, questions_of(zip_path), rows, graded, out, names=True)
    page = out.read_text(encoding="utf-8")
    assert f"{BROKEN}: hw.ipynb" in page and not re.search(r"Student \d", page)
    assert glance(page, "cost")["Longest time"] == "99.5 s"
    assert glance(page, "cost")["Largest peak memory"] == "106 MB"
    slowest = table_rows(page, "<h3>Slowest submissions</h3>")
    assert slowest[0][:2] == [f"{SOFTMAX_BUG}: hw.ipynb", "99.5"]
    with open(out.parent / "report.csv", newline="") as handle:
        assert {r["student"] for r in csv.DictReader(handle)} == {
            SOLVER, STUB, SOFTMAX_BUG, LINEAR_BUG, BROKEN, TWICE}

    anonymous = report.write_report(SLUG, questions_of(zip_path), rows, graded, out)
    page = out.read_text(encoding="utf-8")
    assert re.search(r"Student \d, submission 1 of 1</td><td class=num>99\.5<", page)
    assert "Student" in anonymous.read_text() and SOFTMAX_BUG not in anonymous.read_text()


def test_html_renders_offline_in_chromium(classroom, tmp_path):
    _, _, zip_path, rows, graded = classroom
    out = tmp_path / "report.html"
    report.write_report(SLUG, questions_of(zip_path), rows, graded, out)
    page = out.read_text(encoding="utf-8")
    links = re.findall(r'\b(?:src|href)="([^"]*)"', page)
    assert links, "no image or link at all"
    for link in links:
        assert link.startswith(("data:image/png;base64,", "slides/", "#")), link
    assert not re.search(r"https?:|<(link|script|iframe|object|embed)\b|url\(", page)

    with tempfile.TemporaryDirectory(prefix="report-chromium-") as profile:
        shot = tmp_path / "shot.png"
        subprocess.run(slides.chromium_command(profile, f"--screenshot={shot}",
                                               "--window-size=1200,3000", out.as_uri()),
                       capture_output=True, timeout=120)
        assert shot.exists(), "Chromium took no screenshot"
        pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
        assert pixels.std() > 20, f"the page looks blank (pixel std {pixels.std():.1f})"
        assert np.mean(pixels < 128) > 0.01, "hardly any ink on the page"

        probe = tmp_path / "probe.html"
        probe.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
        dom = subprocess.run(slides.chromium_command(profile, "--dump-dom", probe.as_uri()),
                             capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'<pre id="report-probe">(.*?)</pre>', dom, re.S)
    assert found, "Chromium rendered no probe report"
    rendered = json.loads(html.unescape(found.group(1)))
    assert rendered["images"] >= 3 and rendered["broken"] == 0
    assert rendered["resources"] == [], f"fetched: {rendered['resources']}"


def test_failure_patterns_group_one_mistake_together():
    pattern = report.failure_pattern
    a = "softmax(np.array([[0., 1.]])): got nan at index (0, 0), expected 0.268941 (overflow?)."
    b = "softmax(np.array([[0., 1.]])): got nan at index (2, 1), expected 0.731059 (overflow?)."
    assert pattern(a) == pattern(b)
    assert pattern(a) != pattern(a.replace("got nan", "got inf"))
    shapes = "linear_forward(x, W1, b): expected shape (4, 3), got shape (4,)."
    other_shapes = shapes.replace("(4, 3)", "(16, 8, 2)").replace("(4,)", "(7,)")
    assert pattern(shapes) == pattern(other_shapes)
    assert "W1" in pattern(shapes) and "float64" in pattern("dtype float64 is 1e-05 off")
    assert pattern("wrong value -1.5e+03 here") == "wrong value # here"


def test_question_guides_read_the_student_notebook(built):
    built.student_folder(SLUG)
    guides = report.question_guides(SLUG)
    assert list(guides) == questions_of(built[SLUG])
    assert guides["q2_softmax"].section.startswith("§3")
    assert guides["q2_softmax"].slides == [("01_numpy_backprop.html#softmax", "Softmax")]
    assert all(g.slides and g.section.startswith("§") for g in guides.values())


def test_anonymous_messages_hide_file_and_student_names():
    path = "/downloads/smithjohn_LATE_42_7_hw.pdf"
    graded = [(path, {}, {"student": "42", "name": "John Smith", "email": "js@uni.edu"}),
              ("/downloads/other.ipynb", {}, {"student": "43", "name": "Ada Byron"})]
    message = ("Not graded: No notebook found among the submitted files "
               "(smithjohn_LATE_42_7_hw.pdf, John Smith notes.txt). Upload the zip file")
    redacted = report.redact(message, path, graded)
    assert not re.search(r"smith|john|42_7", redacted, re.I), redacted
    assert redacted.startswith("Not graded: No notebook found") and "Upload the zip" in redacted
