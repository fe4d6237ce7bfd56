"""Shared fixtures: each written assignment is built once per session (without touching the
committed release), and submissions are graded through the built zip's own run_autograder."""
import copy
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from autograder import course
from autograder.build import build, solution_notebook
from autograder.gradebook import grade_with_zip

TESTS = Path(__file__).resolve().parent
WRITTEN = [a.slug for a in course.written()]
# Figures the suite prints at its end (the public catch share of each assignment...).
SUMMARY = []


def pytest_terminal_summary(terminalreporter):
    if SUMMARY:
        terminalreporter.section("catalogue")
        for line in SUMMARY:
            terminalreporter.write_line(line)


class LazyBuilds(dict):
    """{slug: path of the freshly built Gradescope zip}; each assignment is built on first
    use, so a run that selects one assignment (`-k 03_mlp`) builds only that one."""

    def __missing__(self, slug):
        self[slug] = build(course.get(slug), release=False)
        return self[slug]

    # What a build writes besides the zip; asking for one builds the assignment first.
    def student_folder(self, slug):
        self[slug]
        return course.DIST / "student" / slug

    def stub(self, slug):
        return self.student_folder(slug) / course.get(slug).notebook

    def solution(self, slug):
        self[slug]
        return solution_notebook(course.get(slug))


@pytest.fixture(scope="session")
def built():
    return LazyBuilds()


@pytest.fixture(scope="session")
def workdir():
    folder = Path(tempfile.mkdtemp(prefix="course-tests-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def master_questions(slug):
    """The graded questions of the master notebook, in order: the `name:` line of every raw
    cell that starts with `# BEGIN QUESTION`."""
    notebook = load_notebook(course.get(slug).master)
    sources = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "raw"]
    return [re.search(r"^name:\s*(\S+)", s, re.M).group(1)
            for s in sources if s.startswith("# BEGIN QUESTION")]


def load_notebook(path):
    return json.loads(Path(path).read_text())


def with_code_cell(notebook, code):
    """A copy of `notebook` with a code cell added just before the export cell, the way a
    student who redefines a function at the end of the notebook would."""
    notebook = copy.deepcopy(notebook)
    cells = notebook["cells"]
    export = [i for i, c in enumerate(cells)
              if c["cell_type"] == "code" and "grader.export" in "".join(c["source"])]
    position = export[-1] if export else len(cells)
    cells.insert(position, {"cell_type": "code", "execution_count": None, "id": "added-cell",
                            "metadata": {}, "outputs": [], "source": code})
    return notebook


def write_notebook(notebook, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook))
    return path


def grade_all(zip_path, submissions, only=None):
    """{submission path: results.json} for each submission, graded by the zip
    (`only`: {submission path: the only questions to grade}, for some of them)."""
    return {path: results for path, results in grade_with_zip(zip_path, list(submissions), only=only)}


def question_scores(results):
    return results["extra_data"]["questions"]


def max_scores(zip_path):
    """{question: max points} read from the zip's tests."""
    import zipfile

    from autograder.testfiles import load_question
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)
        config = json.loads(Path(folder, "assignment.json").read_text())
        return {q: load_question(Path(folder, "tests", f"{q}.py")).points
                for q in config["questions"]}


# Docker's default capabilities, as `setpriv` sets them (../shared/notes/gradescope-container.md):
# Gradescope's most likely ones, with no CAP_SYS_ADMIN.
DOCKER_CAPS = ("-all,+audit_write,+chown,+dac_override,+fowner,+fsetid,+kill,+mknod,"
               "+net_bind_service,+net_raw,+setfcap,+setgid,+setpcap,+setuid,+sys_chroot")
VISIBILITY = {"hidden", "after_due_date", "after_published", "visible"}


def validate(results):
    """The fields and types of Gradescope's results.json specification."""
    assert isinstance(results["score"], (int, float))
    assert isinstance(results["execution_time"], (int, float))
    assert isinstance(results["output"], str) and results["output"]
    assert results["visibility"] in VISIBILITY and results["stdout_visibility"] in VISIBILITY
    assert results["output_format"] in {"text", "html", "simple_format", "md", "ansi"}
    for test in results["tests"]:
        assert isinstance(test["name"], str) and isinstance(test["output"], str)
        assert isinstance(test["score"], (int, float)) and isinstance(test["max_score"], (int, float))
        assert 0 <= test["score"] <= test["max_score"]
        assert test["visibility"] in VISIBILITY and test["status"] in {"passed", "failed"}
    assert abs(results["score"] - sum(t["score"] for t in results["tests"])) < 1e-6
