"""The student release: in sync with the masters, deterministic, and free of answers."""
import ast
import json
import re
import zipfile
from pathlib import Path

import pytest

from autograder import course
from autograder.build import build
from autograder.testfiles import load_question
from conftest import WRITTEN

SOLUTION_BLOCK = re.compile(r"# BEGIN SOLUTION\n(.*?)# END SOLUTION", re.S)
HIDDEN_CONFIG = re.compile(r'""" # BEGIN TEST CONFIG\n.*?hidden: true.*?""" # END TEST CONFIG', re.S)


def files_under(folder):
    folder = Path(folder)
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def master_cells(slug):
    notebook = json.loads(course.get(slug).master.read_text())
    return [("".join(c["source"]), c["cell_type"]) for c in notebook["cells"]]


def secrets(slug):
    """Lines a student must never see: solution code, and hidden tests' names and bodies.
    Lines that also appear outside those blocks (e.g. `return out`) are not secrets."""
    secret, public = set(), set()
    cells = master_cells(slug)
    for source, kind in cells:
        if kind != "code":  # text students read anyway (a buggy function shown in markdown)
            public.update(line.strip() for line in source.splitlines())
            continue
        hidden_test = HIDDEN_CONFIG.search(source)
        blocks = SOLUTION_BLOCK.findall(source)
        if hidden_test:
            body = source[hidden_test.end():]
            secret.update(line.strip() for line in body.splitlines())
        for block in blocks:
            secret.update(line.strip() for line in block.splitlines())
        secret.update(line.split("# SOLUTION")[0].strip() for line in source.splitlines()
                      if line.rstrip().endswith("# SOLUTION"))
        rest = SOLUTION_BLOCK.sub("", source[:hidden_test.start()] if hidden_test else source)
        # Otter drops trailing comments from what it releases: a public line counts bare too.
        public.update(part for line in rest.splitlines()
                      for part in (line.strip(), line.split("  #")[0].strip()))
    # Short or generic lines (`return x`, `else:`) say nothing; keep the telling ones.
    return {line for line in secret - public if len(line) >= 20 and not line.startswith("#")}


def release_files(course_folder, slug):
    """What a build of `slug` writes into a course folder: the assignment's own folder, and
    beside it the students' README.md, requirements.txt and the deck its links point to."""
    course_folder = Path(course_folder)
    files = {f"{slug}/{name}": data for name, data in files_under(course_folder / slug).items()}
    for name in ("README.md", "requirements.txt", f"slides/{slug}.html"):
        path = course_folder / name
        files[name] = path.read_bytes() if path.exists() else None
    return files


@pytest.mark.parametrize("slug", WRITTEN)
def test_release_is_in_sync_with_master(slug, built):
    fresh = release_files(built.student_folder(slug).parent, slug)
    committed = release_files(course.RELEASE, slug)
    assert sorted(fresh) == sorted(committed), "files differ: run `make release` and commit"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"assignments/{slug} differs from a fresh build in {changed}: " \
                        "edit the master in solutions/ (the deck in recitations/) and run " \
                        f"`.venv/bin/python -m autograder build {slug}`"


@pytest.mark.parametrize("slug", WRITTEN)
def test_build_is_deterministic(slug, built):
    first_student = release_files(built.student_folder(slug).parent, slug)
    first_zip = Path(built[slug]).read_bytes()
    build(course.get(slug), release=False)
    assert release_files(built.student_folder(slug).parent, slug) == first_student
    assert Path(built[slug]).read_bytes() == first_zip


@pytest.mark.parametrize("slug", WRITTEN)
def test_release_has_no_solution_or_hidden_test(slug, built):
    lines = secrets(slug)
    assert len(lines) > 20, "the leak check found too few secret lines to be meaningful"
    for folder in (course.RELEASE / slug, built.student_folder(slug)):
        for name, data in files_under(folder).items():
            text = data.decode(errors="replace")
            # Notebooks hold JSON-escaped source; compare against the decoded cell text.
            if name.endswith(".ipynb"):
                text = "\n".join("".join(c["source"]) for c in json.loads(text)["cells"])
            # Whole lines: a solution line copied into the release stands as a line of its
            # own; inside a longer line (a message quoting the stated convention) it does not.
            released = {line.strip() for line in text.splitlines()}
            leaked = sorted(lines & released)
            assert not leaked, f"{folder.name}/{name} leaks: {leaked[:3]}"


@pytest.mark.parametrize("slug", WRITTEN)
def test_release_tests_are_public_only(slug, built):
    test_files = sorted((course.RELEASE / slug / "tests").glob("*.py"))
    assert test_files
    for path in test_files:
        question = load_question(path)
        assert question.cases, f"{path.name} has no public test"
        assert not any(case.hidden for case in question.cases)


@pytest.mark.parametrize("slug", WRITTEN)
def test_student_notebook_is_clean(slug, built):
    notebook = json.loads((course.RELEASE / slug / course.get(slug).notebook).read_text())
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    first_markdown = next(c for c in notebook["cells"] if c["cell_type"] == "markdown")
    text = "".join(first_markdown["source"])
    for words in ("grader.check", "grader.export", "requirements.txt"):
        assert words in "".join("".join(c["source"]) for c in notebook["cells"]), words
    assert text.strip()
    for cell in code:  # the stub parses: students start from valid Python
        ast.parse("\n".join(line for line in "".join(cell["source"]).splitlines()
                            if not line.lstrip().startswith(("%", "!"))))


@pytest.mark.parametrize("slug", WRITTEN)
def test_point_rules_agree_with_otter(slug, built, tmp_path):
    from otter.test_files.exception_test import ExceptionTestFile
    with zipfile.ZipFile(built[slug]) as archive:
        archive.extractall(tmp_path)
    for path in sorted((tmp_path / "tests").glob("*.py")):
        ours = load_question(path)
        theirs = ExceptionTestFile.from_file(str(path))
        assert [c.points for c in ours.cases] == [c.points for c in theirs.test_cases]
        assert [c.hidden for c in ours.cases] == [c.hidden for c in theirs.test_cases]


@pytest.mark.parametrize("slug", WRITTEN)
def test_zip_holds_what_gradescope_needs_and_no_solution(slug, built):
    with zipfile.ZipFile(built[slug]) as archive:
        names = set(archive.namelist())
        assert {"setup.sh", "run_autograder", "requirements.txt", "assignment.json"} <= names
        assert archive.getinfo("run_autograder").external_attr >> 16 & 0o111
        assert not [n for n in names if n.endswith(".ipynb")], "no notebook (solutions) in the zip"
        requirements = archive.read("requirements.txt").decode()
    assert "otter" not in requirements
    for line in requirements.splitlines():
        assert line.startswith("--extra-index-url") or re.match(r"^[\w.\-]+==[\w.+]+$", line), line
