"""What students get: one course folder whose links all resolve, one light environment, a
quick export, and failure messages that always say where to read again."""
import html
import json
import re
import sys
from urllib.parse import unquote, urlsplit

import numpy as np
import pytest

from autograder import build, course
from autograder.testfiles import load_question
from conftest import WRITTEN, load_notebook

COURSE = course.RELEASE
LINK = re.compile(r"\]\(([^)\s]+)")          # a Markdown link's target
HREF = re.compile(r'\bhref="([^"]*)"')
ANCHOR = re.compile(r'\bid="([^"]*)"')


def links_of(path):
    """The link targets of a released file: Markdown links of a notebook's markdown cells
    or of a .md file, href attributes of an HTML deck."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        return LINK.findall("\n".join("".join(c["source"]) for c in cells
                                      if c["cell_type"] == "markdown"))
    if path.suffix == ".md":
        return LINK.findall(text)
    return [html.unescape(href) for href in HREF.findall(text)]


def released_files():
    return sorted(p for p in COURSE.rglob("*") if p.suffix in (".ipynb", ".md", ".html"))


def test_every_link_of_the_release_resolves_inside_the_course_folder():
    """Jupyter started in the course folder serves every file below it and nothing above:
    each relative link must name a file there, and its #id a slide of that file."""
    checked, broken = 0, []
    ids = {}
    for path in released_files():
        for target in links_of(path):
            parts = urlsplit(target)
            if parts.scheme or parts.netloc:
                continue  # a web page (https://...), not part of the release
            linked = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            checked += 1
            if not linked.is_file() or not linked.is_relative_to(COURSE.resolve()):
                broken.append(f"{path.relative_to(COURSE)}: {target} (no such file in the course folder)")
                continue
            if parts.fragment and linked.suffix == ".html":
                if linked not in ids:
                    ids[linked] = set(ANCHOR.findall(linked.read_text(encoding="utf-8")))
                if parts.fragment not in ids[linked]:
                    broken.append(f"{path.relative_to(COURSE)}: {target} (no #{parts.fragment})")
    assert checked > 100, "too few links found to mean anything"
    assert not broken, f"{len(broken)} broken links, e.g. {broken[:3]}"


@pytest.mark.parametrize("slug", WRITTEN)
def test_each_notebook_links_its_deck_where_the_course_folder_has_it(slug):
    notebook = COURSE / slug / course.get(slug).notebook
    assert f"../slides/{slug}.html#" in "".join(links_of(notebook))
    assert (COURSE / "slides" / f"{slug}.html").is_file()


def test_the_course_folder_has_a_readme_for_students():
    text = (COURSE / "README.md").read_text(encoding="utf-8")
    for words in ("Python 3.11", "pip install -r requirements.txt", "jupyter lab", "slides/",
                  "grader.check", "hidden", "grader.export", "Gradescope", "torch==2.14.1"):
        assert words in text, words
    # the GPU line installs the versions the course pins
    versions = build.locked_versions()
    assert f"torch=={versions['torch']} torchvision=={versions['torchvision']}" in text


# -- one light environment --------------------------------------------------------------
# The module a student cell imports -> the package that provides it.
PROVIDES = {"numpy": "numpy", "matplotlib": "matplotlib", "torch": "torch",
            "torchvision": "torchvision", "gymnasium": "gymnasium", "otter": "otter-grader"}


def student_imports():
    """Top-level modules imported by the masters' cells that students run (not tests)."""
    modules = set()
    for slug in WRITTEN:
        for cell in load_notebook(course.get(slug).master)["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code" and not re.search(r"^def test_", source, re.M):
                modules.update(re.findall(r"^\s*(?:import|from)\s+(\w+)", source, re.M))
    return modules | {"otter"}  # the init cell Otter adds to every student notebook


def test_one_requirements_file_for_the_course_cpu_torch_on_linux():
    from packaging.requirements import Requirement
    lines = (COURSE / "requirements.txt").read_text().splitlines()
    assert f"--extra-index-url {build.TORCH_CPU_INDEX}" in lines
    requirements = [Requirement(line) for line in lines if line and line[0] not in "#-"]
    linux, mac = {"sys_platform": "linux"}, {"sys_platform": "darwin"}
    on = {where: {r.name: str(r.specifier) for r in requirements
                  if r.marker is None or r.marker.evaluate(environment)}
          for where, environment in (("linux", linux), ("mac", mac))}
    versions = build.locked_versions()
    assert on["linux"]["torch"] == f"=={versions['torch']}+cpu"
    assert on["linux"]["torchvision"] == f"=={versions['torchvision']}+cpu"
    assert on["mac"]["torch"] == f"=={versions['torch']}"
    assert "jupyterlab" in on["linux"]
    # every module a student cell imports is installed, and nothing else but JupyterLab
    wanted = {PROVIDES.get(module) for module in student_imports()} - {None}
    assert set(on["linux"]) == wanted | {"jupyterlab"}
    assert not list(COURSE.glob("*/requirements.txt")), "one requirements.txt, in the course folder"


def test_the_gradescope_zip_keeps_its_own_requirements():
    """Students' packages changed, not the grader's: CPU torch and every package the
    assignment lists (06 keeps ale-py and OpenCV)."""
    text = build.requirements(course.get("06_dqn").packages, cpu_only=True)
    assert "ale-py==" in text and "opencv-python-headless==" in text and "+cpu" in text


@pytest.mark.parametrize("slug", WRITTEN)
def test_export_does_not_run_the_notebook_again(slug):
    """grader.export(run_tests=True) re-ran the whole notebook (45 s for 06, long training
    included) in a kernel that warns about TCP: the grader runs it anyway."""
    cells = load_notebook(COURSE / slug / course.get(slug).notebook)["cells"]
    export = [c for c in cells if c["cell_type"] == "code" and "grader.export(" in "".join(c["source"])]
    assert len(export) == 1
    call = "".join(export[0]["source"])
    assert "run_tests=True" not in call and "grader.export(pdf=False)" in call


# -- failure messages ---------------------------------------------------------------------
@pytest.fixture
def checks(monkeypatch):
    """The checks.py students get, importable as the tests import it."""
    monkeypatch.syspath_prepend(str(COURSE / "01_numpy_backprop"))
    sys.modules.pop("checks", None)
    import checks
    yield checks
    sys.modules.pop("checks", None)


def failure(function, *args, **kwargs):
    with pytest.raises(AssertionError) as raised:
        function(*args, **kwargs)
    return str(raised.value)


def test_an_exception_of_the_students_code_says_where_to_read_again(checks):
    def check(exception):
        with checks.explain_failures("§8 Experience replay"):
            raise exception

    message = failure(check, TypeError("'NoneType' object cannot be interpreted as an integer"))
    assert message.startswith("TypeError: 'NoneType' object cannot be interpreted as an integer")
    assert message.endswith("Read again: §8 Experience replay")
    # the grader's StudentError already names the call: its text is kept as it is
    StudentError = type("StudentError", (Exception,), {})
    message = failure(check, StudentError("len() of your ReplayBuffer object raised TypeError: x"))
    assert message == "len() of your ReplayBuffer object raised TypeError: x\n" \
                      "    Read again: §8 Experience replay"
    # a check's own failure is not wrapped again
    message = failure(check, AssertionError("buffer.sample(4, rng): expected a dict"))
    assert message == "buffer.sample(4, rng): expected a dict"


def test_the_replay_buffer_stub_fails_with_a_section_locally(checks):
    """06's q11 public test on the untouched stub, run as Otter runs it for students: the
    stub's __len__ returns None, and the failure points to §8."""
    from otter.test_files.exception_test import ExceptionTestFile
    cells = load_notebook(COURSE / "06_dqn" / "06_dqn.ipynb")["cells"]
    stub = next("".join(c["source"]) for c in cells if "class ReplayBuffer" in "".join(c["source"]))
    namespace = {"np": np}
    import torch
    namespace["torch"] = torch
    exec(stub, namespace)
    test_file = ExceptionTestFile.from_file(str(COURSE / "06_dqn" / "tests" / "q12_replay_buffer.py"))
    test_file.run({**namespace, "student": None})
    [result] = test_file.test_case_results
    assert not result.passed
    assert "Read again: §8 Experience replay" in result.message, result.message


def test_integers_are_compared_exactly_and_shown_as_integers(checks):
    message = failure(checks.expect_close, 0, 1686180, "number of parameters of NatureDQN(4)")
    assert message == "number of parameters of NatureDQN(4): expected 1686180, got 0."
    failure(checks.expect_close, 1686181, 1686180, "count")   # within 1e-6 relative: still wrong
    checks.expect_close(np.int64(3), 3, "len(buffer)")
    checks.expect_close(3.0000001, 3, "a float near an integer keeps its tolerance")


def test_scalars_are_shown_as_scalars(checks):
    message = failure(checks.expect_array, np.array(0.825), 0.75, "dqn_loss(...)")
    assert "index" not in message and "entries" not in message
    assert message.startswith("dqn_loss(...): expected 0.75, got 0.825 (tolerance")
    message = failure(checks.expect_array, np.array(np.inf), 0.75, "loss")
    assert message.startswith("loss: got inf, expected 0.75")


def test_a_softmax_over_the_wrong_axis_is_told_its_rows_do_not_sum_to_1(checks):
    def softmax_axis0(z):
        e = np.exp(z - z.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)

    case = load_question(COURSE / "01_numpy_backprop" / "tests" / "q2_softmax.py").cases[0]
    message = failure(case.function, softmax=softmax_axis0, np=np)
    assert "expected each row to sum to 1" in message and "[1.25, 1.75]" in message, message
    assert "Read again: §3 Softmax" in message


def test_momentum_steps_are_counted_in_words_that_read(built):
    """The hidden test's message once read 'w after 1 momentum steps'."""
    import zipfile
    with zipfile.ZipFile(built["01_numpy_backprop"]) as archive:
        source = archive.read("tests/q9_optimizers.py").decode()
    assert "momentum steps" not in source.replace("five momentum steps", "")
    assert "after momentum step {step} of 5" in source
