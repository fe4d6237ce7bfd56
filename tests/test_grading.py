"""Grading through the built Gradescope zip: full marks for solutions, zero for stubs,
a verdict and a gradebook row for every submission, and the catalogue of known-wrong
answers each losing points on its own question."""
import json
import os
import subprocess
import sys

import pytest

from autograder import course
from autograder.worker import SKIP_MARKER
import catalogue as entries
from conftest import (SUMMARY, TESTS, WRITTEN, grade_all, load_notebook, master_questions,
                      max_scores, question_scores, with_code_cell, write_notebook)



# `make test` runs each assignment's core catalogue (every question covered, at least the
# required count); `make test-all` adds the extended ones in tests/<kind>/<slug>/more/.
FULL = os.environ.get("FULL_CATALOGUE") == "1"


def catalogue(kind, slug):
    return entries.catalogue(kind, slug, more=FULL)


entry, declared_question = entries.entry, entries.declared


class LazyGradings(dict):
    """{slug: {label: results}}: the solution, the stub, every known bug and every
    alternative of an assignment, graded in one batch on first use. A known bug is graded
    on every question but the expensive ones (catalogue.EXPENSIVE: minutes of training
    per bug), which the combined submissions `rounds/<question>/<i>` cover instead."""

    def __init__(self, built, workdir):
        super().__init__()
        self.built, self.workdir = built, workdir

    def __missing__(self, slug):
        solution = load_notebook(self.built.solution(slug))
        submissions = {"solution": self.built.solution(slug), "stub": self.built.stub(slug),
                       "broken": write_notebook(with_broken_cells(solution),
                                                self.workdir / slug / "broken.ipynb")}
        only = {}
        questions = master_questions(slug)
        for kind in ("bugs", "alternatives"):
            for path in catalogue(kind, slug):
                name = entry(kind, slug, path)
                notebook = write_notebook(
                    with_code_cell(solution, path.read_text()),
                    self.workdir / slug / kind / f"{name.replace('/', '_')}.ipynb")
                submissions[f"{kind}/{name}"] = notebook
                if kind == "bugs":
                    only[notebook] = entries.graded_questions(slug, questions, path)
        for (question, i), paths in entries.cascade_rounds(slug, catalogue("bugs", slug)).items():
            code = "\n\n".join(path.read_text() for path in paths)
            notebook = write_notebook(with_code_cell(solution, code),
                                      self.workdir / slug / "rounds" / f"{question}_{i}.ipynb")
            submissions[f"rounds/{question}/{i}"] = notebook
            only[notebook] = [question]
        results = grade_all(self.built[slug], submissions.values(), only)
        self[slug] = {label: results[path] for label, path in submissions.items()}
        return self[slug]


@pytest.fixture(scope="session")
def graded(built, workdir):
    return LazyGradings(built, workdir)


@pytest.mark.parametrize("slug", WRITTEN)
def test_solution_gets_full_marks(slug, graded, built):
    results = graded[slug]["solution"]
    assert results["extra_data"]["status"] == "graded"
    assert question_scores(results) == max_scores(built[slug]), results["output"]
    assert results["score"] == results["extra_data"]["max_score"] > 0


@pytest.mark.parametrize("slug", WRITTEN)
def test_untouched_stub_gets_zero(slug, graded):
    results = graded[slug]["stub"]
    assert results["extra_data"]["status"] == "graded"
    assert results["score"] == 0, json.dumps(question_scores(results))
    failures = [t["output"] for t in results["tests"]]
    assert all("FAIL" in output for output in failures)


@pytest.mark.parametrize("slug", WRITTEN)
def test_bug_catalogue_is_large_enough(slug):
    """At least ten known bugs in the core catalogue, each naming its question, and every
    question caught by at least one of them."""
    bugs = catalogue("bugs", slug)
    assert len(bugs) >= 10
    named = [declared_question(path) for path in bugs]
    assert all(named), "every bug names its QUESTION"
    uncovered = [q for q in master_questions(slug) if q not in named]
    assert not uncovered, f"no known bug in the core catalogue for {uncovered}"
    assert len(catalogue("alternatives", slug)) >= 2


BUGS = [(slug, entry("bugs", slug, p)) for slug in WRITTEN for p in catalogue("bugs", slug)]
ALTERNATIVES = [(slug, entry("alternatives", slug, p))
                for slug in WRITTEN for p in catalogue("alternatives", slug)]


@pytest.mark.parametrize("slug,bug", BUGS)
def test_known_bug_loses_points_on_its_question(slug, bug, graded, built):
    question = declared_question(TESTS / "bugs" / slug / f"{bug}.py")
    scores = question_scores(graded[slug][f"bugs/{bug}"])
    assert question in scores, f"{bug} names an unknown question {question}"
    assert scores[question] < max_scores(built[slug])[question], \
        f"the tests of {question} did not catch the bug {bug}"


@pytest.mark.parametrize("slug,bug", BUGS)
def test_known_bug_costs_no_other_question(slug, bug, graded, built):
    """One mistake is billed once: a question's tests call only that question's code of
    the student's (checks.references gives them the others')."""
    question = declared_question(TESTS / "bugs" / slug / f"{bug}.py")
    spread = entries.cascades(graded[slug][f"bugs/{bug}"], question, max_scores(built[slug]))
    assert not spread, f"the bug {bug} of {question} also costs points on {spread}"


ROUNDS = [(slug, f"{question}/{i}") for slug in WRITTEN
          for question, i in entries.cascade_rounds(slug, catalogue("bugs", slug))]


@pytest.mark.parametrize("slug,round_", ROUNDS)
def test_expensive_question_ignores_other_questions_bugs(slug, round_, graded, built):
    """A submission holding one known bug of every other question at once keeps full
    marks on an expensive question (one grading instead of one per bug)."""
    question = round_.split("/")[0]
    score = question_scores(graded[slug][f"rounds/{round_}"])[question]
    assert score == max_scores(built[slug])[question], graded[slug][f"rounds/{round_}"]["output"]


PUBLIC_CATCH = 0.8


@pytest.mark.parametrize("slug", WRITTEN)
def test_public_tests_catch_most_known_bugs(slug, graded):
    """Most known mistakes show before the deadline: they lose points on a public test of
    their own question (the share is printed at the end of `make test`)."""
    bugs = catalogue("bugs", slug)
    missed = [entry("bugs", slug, p) for p in bugs if entries.public_and_hidden(
        graded[slug][f"bugs/{entry('bugs', slug, p)}"], declared_question(p))[0] == 0]
    share = 1 - len(missed) / len(bugs)
    SUMMARY.append(f"{slug}: public tests catch {len(bugs) - len(missed)} of {len(bugs)} known "
                   f"bugs ({share:.0%})")
    assert share >= PUBLIC_CATCH, f"public tests miss {missed}"


CORE_BUGS = [(slug, entry("bugs", slug, p)) for slug in WRITTEN
             for p in entries.catalogue("bugs", slug)]


@pytest.mark.parametrize("slug,bug", CORE_BUGS)
def test_known_bug_is_named(slug, bug, graded):
    """Each core bug's failures are the ones recorded for it, so the grader names it."""
    results = graded[slug][f"bugs/{bug}"]
    question = declared_question(TESTS / "bugs" / slug / f"{bug}.py")
    recorded = json.loads(course.get(slug).master.with_name("known_mistakes.json").read_text())
    assert bug in recorded, f"run `python tests/catalogue.py {slug} --record`"
    assert recorded[bug]["failures"] == entries.failures(results, question), \
        f"{bug} fails differently from its record: run `python tests/catalogue.py {slug} --record`"
    assert bug in results["extra_data"].get("diagnoses", [])
    named = [t["output"] for t in results["tests"] if "This looks like a known mistake" in t["output"]]
    assert named and all(t.count("This looks like") <= 3 for t in named)


@pytest.mark.parametrize("slug", WRITTEN)
def test_correct_answers_are_not_named(slug, graded):
    labels = ["solution"] + [f"alternatives/{entry('alternatives', slug, p)}"
                             for p in catalogue("alternatives", slug)]
    for label in labels:
        results = graded[slug][label]
        assert "diagnoses" not in results["extra_data"], (label, results["extra_data"]["diagnoses"])
        assert not any("This looks like a known mistake" in t["output"] for t in results["tests"])


@pytest.mark.skipif(not FULL, reason="the extended catalogue is graded by make test-all")
@pytest.mark.parametrize("slug", WRITTEN)
def test_extended_catalogue_diagnoses(slug, graded):
    """How well the core signatures generalise: each extended bug (more/) is named as the
    core bug it declares with SAME_AS, or, when it declares none, named as nothing."""
    right, wrong = [], []
    for path in (TESTS / "bugs" / slug).glob("more/*.py"):
        named = graded[slug][f"bugs/{entry('bugs', slug, path)}"]["extra_data"].get("diagnoses", [])
        same = entries.declared(path, "SAME_AS")
        (right if named == ([same] if same else []) else wrong).append(path.stem)
    total = len(right) + len(wrong)
    SUMMARY.append(f"{slug}: {len(right)} of {total} extended known bugs get the right diagnosis "
                   f"from the core signatures (misnamed or unnamed: {sorted(wrong)[:8]})")
    variants = [p.stem for p in (TESTS / "bugs" / slug).glob("more/*.py") if entries.declared(p, "SAME_AS")]
    assert not set(variants) & set(wrong), "a declared variant of a core bug is not named as it"


@pytest.mark.parametrize("slug,alternative", ALTERNATIVES)
def test_alternative_correct_answer_gets_full_marks(slug, alternative, graded, built):
    results = graded[slug][f"alternatives/{alternative}"]
    assert question_scores(results) == max_scores(built[slug]), results["output"]


@pytest.mark.parametrize("slug", WRITTEN)
def test_failures_say_expected_and_got(slug, graded):
    """A failure message names what was expected and what came back."""
    messages = [t["output"] for label, results in graded[slug].items() if label.startswith("bugs/")
                for t in results["tests"] if t["status"] == "failed"]
    assert messages
    vague = [m for m in messages if not any(w in m for w in ("expected", "returned", "raised"))]
    assert not vague, vague[0]


# -- submissions that cannot be graded as they are still get a verdict -------------------
def ungradable_files(folder, stub):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.ipynb").write_bytes(b"")
    (folder / "truncated.ipynb").write_text(stub.read_text()[:500])
    (folder / "not_a_notebook.ipynb").write_text(json.dumps({"hello": "world"}))
    other = load_notebook(stub)
    other["metadata"]["otter"]["assignment_name"] = "some_other_assignment"
    write_notebook(other, folder / "wrong_assignment.ipynb")
    return {"empty": "empty", "truncated": "JSON", "not_a_notebook": "not a Jupyter notebook",
            "wrong_assignment": "belongs to assignment"}


@pytest.mark.parametrize("slug", WRITTEN)
def test_ungradable_submissions_get_zero_and_a_reason(slug, built, tmp_path):
    expected = ungradable_files(tmp_path, built.stub(slug))
    results = grade_all(built[slug], sorted(tmp_path.glob("*.ipynb")))
    for path, result in results.items():
        assert result["score"] == 0
        assert result["extra_data"]["status"] == "ungradable"
        assert expected[path.stem] in result["output"], result["output"]
        assert len(result["tests"]) >= 2 * len(max_scores(built[slug])) - 1


def with_broken_cells(solution):
    """The solution with a syntax error in an early cell and a cell that ends the process."""
    notebook = with_code_cell(solution, "import os\nos._exit(0)\n")
    notebook["cells"].insert(3, {"cell_type": "code", "execution_count": None, "id": "broken",
                                 "metadata": {}, "outputs": [], "source": "def oops(:\n"})
    return notebook


@pytest.mark.parametrize("slug", WRITTEN)
def test_broken_cells_cost_only_their_own_questions(slug, graded, built):
    """A syntax error in one cell and a cell that ends the process: the cell is reported,
    and every question that does not depend on it keeps its points."""
    results = graded[slug]["broken"]
    assert results["extra_data"]["status"] == "graded"
    assert "SyntaxError" in results["output"] and "ended the Python process" in results["output"]
    assert question_scores(results) == max_scores(built[slug])


@pytest.mark.parametrize("slug", WRITTEN)
def test_public_checks_pass_in_a_real_kernel(slug, built, tmp_path):
    """The student's side: the solution, run top to bottom in Jupyter with Otter's own
    `grader.check`, passes every public check."""
    import nbformat
    from nbclient import NotebookClient
    folder = tmp_path / slug
    folder.mkdir()
    for path in built.student_folder(slug).iterdir():
        target = folder / path.name
        if path.is_dir():
            import shutil
            shutil.copytree(path, target)
        else:
            target.write_bytes(path.read_bytes())
    (folder / course.get(slug).notebook).write_bytes(built.solution(slug).read_bytes())
    notebook = nbformat.read(folder / course.get(slug).notebook, as_version=4)
    for cell in notebook.cells:
        # Exporting is the student's last step, not part of the check; the long demos
        # (`# AUTOGRADER: SKIP`: full data sets, long training) run only in `make test-all`.
        if "grader.export" in cell.source or (not FULL and cell.source.lstrip().startswith(SKIP_MARKER)):
            cell.source = "pass"
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    outputs = [o for c in notebook.cells if "grader.check(" in c.source for o in c.outputs]
    assert outputs
    text = json.dumps([o.get("data", o.get("text", "")) for o in outputs])
    assert "All test cases passed" in text or "passed" in text
    assert "failed" not in text.lower(), text[:2000]


def test_pyplot_loads_on_first_use_and_is_then_the_module():
    """worker.DEFERRED_MODULES: importing pyplot costs nothing until something of it is used;
    from then on it is the ordinary module, however it was imported."""
    code = ("import sys, types\n"
            "from autograder import worker\n"
            "worker.defer(worker.DEFERRED_MODULES)\n"
            "import matplotlib.pyplot as plt\n"
            "from matplotlib import pyplot\n"
            "assert type(plt) is worker.DeferredModule and pyplot is plt\n"
            "assert 'figure' not in vars(plt)\n"
            "from matplotlib.pyplot import subplots\n"
            "assert type(plt) is types.ModuleType and sys.modules['matplotlib.pyplot'] is plt\n"
            "fig, ax = subplots()\n"
            "ax.plot([1, 2])\n"
            "plt.close(fig)\n"
            "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=course.ROOT, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "MPLBACKEND": "Agg"})
    assert result.stdout.strip() == "ok", result.stderr
