"""The catalogue of known-wrong and alternative answers, and what grading makes of it.

    python tests/catalogue.py <slug> [--more] [--bug NAME ...] [--record]

builds the assignment, grades its solution and every catalogue entry, and prints for each
known bug whether the public tests of its own question catch it, whether its hidden tests
do, and which other questions lose points (a cascade: the bug is billed twice). The
regression suite (test_grading.py) makes the same gradings and asserts on them.

--record writes solutions/<slug>/known_mistakes.json: for each core known bug, the tests
of its question that fail and how (grade.fingerprint), the first sentence of its
docstring and its question's slide. The build puts it in the zip, and the grader names
the mistake when a submission fails the same way. Record again after changing a test.
"""
import ast
import json
import os
import re
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path[:0] = [str(TESTS.parent), str(TESTS)]

from autograder import course  # noqa: E402

# The questions whose tests train an agent for tens of seconds. A known bug of another
# question is graded on every question but these; `cascade_rounds` proves, with a few
# gradings, that none of those bugs costs points here either.
EXPENSIVE = {"06_dqn": ("q15_train_dqn",)}


def catalogue(kind, slug, more=False):
    folder = TESTS / kind / slug
    return sorted([*folder.glob("*.py"), *(folder.glob("more/*.py") if more else [])])


def entry(kind, slug, path):
    """A catalogue file's name relative to its assignment folder, without .py."""
    return path.relative_to(TESTS / kind / slug).with_suffix("").as_posix()


def declared(path, field="QUESTION"):
    for line in path.read_text().splitlines():
        if line.startswith(f"{field} = "):
            return line.split("=", 1)[1].strip().strip("\"'")
    return None


def graded_questions(slug, questions, bug):
    """The questions a known bug is graded on: its own and every cheap one."""
    return [q for q in questions if q not in EXPENSIVE.get(slug, ()) or q == declared(bug)]


def cascade_rounds(slug, bugs):
    """{(expensive question, round): [bug paths]}: for each expensive question, submissions
    that each hold at most one known bug per other question, together all of them."""
    rounds = {}
    for question in EXPENSIVE.get(slug, ()):
        by_question = {}
        for path in bugs:
            if declared(path) != question:
                by_question.setdefault(declared(path), []).append(path)
        for i in range(max((len(v) for v in by_question.values()), default=0)):
            rounds[(question, i)] = [paths[i] for paths in by_question.values() if i < len(paths)]
    return rounds


def mistake(path):
    """The first sentence of a known bug's docstring, as students will read it."""
    text = " ".join((ast.get_docstring(ast.parse(path.read_text())) or "").split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def failures(results, question):
    """{failing test case of `question`: its fingerprint}, read from the results' entries."""
    from autograder.grade import fingerprint
    found = {}
    for test in results["tests"]:
        if test["name"].partition(" (")[0] != question:
            continue
        lines = test["output"].splitlines()
        for i, line in enumerate(lines):
            if line.startswith("FAIL "):
                found[line[5:].strip()] = fingerprint(lines[i + 1] if i + 1 < len(lines) else "")
    return found


def slides(slug):
    """{question: "Title (slides/<slug>.html#id)"}: each question's first slide link."""
    from conftest import load_notebook
    links, question = {}, None
    for cell in load_notebook(course.get(slug).master)["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "raw" and source.startswith("# BEGIN QUESTION"):
            question = re.search(r"^name:\s*(\S+)", source, re.M).group(1)
        elif cell["cell_type"] == "markdown" and question and question not in links:
            found = re.search(r"\[([^\]]+)\]\(\.\./(slides/[^)\s]+)\)", source)
            if found:
                links[question] = f"“{found.group(1)}” ({found.group(2)})"
    return links


def record(slug, results_by_bug):
    """Write solutions/<slug>/known_mistakes.json from the core bugs' results."""
    from autograder.build import KNOWN_MISTAKES
    links, known = slides(slug), {}
    for path, results in sorted(results_by_bug.items()):
        question = declared(path)
        known[path.stem] = {"question": question, "mistake": mistake(path),
                            "failures": failures(results, question), "slide": links.get(question, "")}
    target = course.get(slug).master.parent / KNOWN_MISTAKES
    target.write_text(json.dumps(known, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {target.relative_to(course.ROOT)} ({len(known)} known mistakes)")


def public_and_hidden(results, question):
    """(points lost on the public tests, points lost on the hidden tests) of `question`."""
    lost = {"public": 0.0, "hidden": 0.0}
    for test in results["tests"]:
        name, _, label = test["name"].partition(" (")
        if name == question:
            lost["public" if label.startswith("public") else "hidden"] += test["max_score"] - test["score"]
    return lost["public"], lost["hidden"]


def cascades(results, question, full):
    """{other question: points lost} for the questions other than `question` that lost points."""
    return {q: round(full[q] - s, 6) for q, s in results["extra_data"]["questions"].items()
            if q != question and s < full[q] - 1e-9}


def main(argv):
    from conftest import grade_all, load_notebook, max_scores, with_code_cell, write_notebook
    from autograder.build import build, solution_notebook
    import tempfile
    slug, more, recording = argv[0], "--more" in argv, "--record" in argv
    chosen = set(a for a in argv[argv.index("--bug") + 1:] if not a.startswith("--")) \
        if "--bug" in argv else None
    assignment = course.get(slug)
    zip_path = build(assignment, release=False)
    solution = load_notebook(solution_notebook(assignment))
    full = max_scores(zip_path)
    questions = list(full)
    work = Path(tempfile.mkdtemp(prefix="catalogue-"))
    submissions, only, labels = {}, {}, {}
    for kind in ("bugs", "alternatives"):
        for path in catalogue(kind, slug, more):
            name = entry(kind, slug, path)
            if chosen and name not in chosen:
                continue
            notebook = write_notebook(with_code_cell(solution, path.read_text()),
                                      work / kind / f"{name.replace('/', '_')}.ipynb")
            submissions[notebook], labels[notebook] = path, f"{kind}/{name}"
            only[notebook] = graded_questions(slug, questions, path) if kind == "bugs" else questions
    results = grade_all(zip_path, submissions, only)
    caught, total = 0, 0
    for notebook, path in submissions.items():
        r = results[notebook]
        if labels[notebook].startswith("alternatives"):
            ok = all(r["extra_data"]["questions"][q] == full[q] for q in only[notebook])
            print(f"{'ok  ' if ok else 'FAIL'} {labels[notebook]}: {r['extra_data']['questions']}")
            continue
        question = declared(path)
        public, hidden = public_and_hidden(r, question)
        spread = cascades(r, question, full)
        total += 1
        caught += public > 0
        named = r["extra_data"].get("diagnoses", [])
        print(f"{labels[notebook]:55s} {question:24s} public -{public:g} hidden -{hidden:g}"
              + (f"  CASCADE {spread}" if spread else "") + (f"  named {named}" if named else ""))
    if total:
        print(f"\n{slug}: public tests catch {caught} of {total} known bugs ({100 * caught / total:.0f}%)")
    if recording:
        record(slug, {path: results[nb] for nb, path in submissions.items()
                      if labels[nb].startswith("bugs/") and path.parent.name == slug})


if __name__ == "__main__":
    os.chdir(TESTS.parent)
    main(sys.argv[1:])
