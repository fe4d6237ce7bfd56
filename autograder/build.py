"""Build an assignment from its master notebook.

    solutions/<slug>/<slug>.ipynb  --otter assign-->  dist/build/<slug>/
        student/     -> assignments/<slug>/ and dist/student/<slug>/   (what students get)
        autograder/  -> dist/instructor/<slug>/                        (solutions, all tests: never publish)
                     -> dist/autograder/<slug>.zip                      (upload to Gradescope)

The student release is one course folder (assignments/, and dist/student/): beside the
assignment folders it holds the students' README.md, one requirements.txt for the whole
course, and the recitation decks in slides/, where each question's link
(../slides/<slug>.html#id) points; students start Jupyter in that folder.

Outputs are deterministic: cell ids come from cell contents and the zip has fixed dates.
"""
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from .course import CHECKS, DIST, RELEASE, ROOT

GRADESCOPE = Path(__file__).resolve().parent / "gradescope"
# The modules grading needs; the zip carries these and nothing else of the package.
GRADING_MODULES = ("__init__.py", "codec.py", "worker.py", "sandbox.py", "isolation.py", "grade.py",
                   "forkserver.py", "submission.py", "testfiles.py", "gradescope.py")
TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
STUDENT_README = Path(__file__).resolve().parent / "student_readme.md"
# What students install, once for the whole course: the packages their cells import (06's
# ale-py and OpenCV only draw its Atari frames at build time), Otter for grader.check and
# grader.export, and JupyterLab (not in requirements.lock: the TAs' tools do not need it).
STUDENT_PACKAGES = ("otter-grader", "numpy", "matplotlib", "torch", "torchvision", "gymnasium")
JUPYTERLAB = "jupyterlab==4.6.6"
ON_LINUX, ELSEWHERE = 'sys_platform == "linux"', 'sys_platform != "linux"'
ZIP_DATE = (2020, 1, 1, 0, 0, 0)
# An optional script beside a master that writes support files into its folder at build
# time (e.g. a held-out sample of a dataset): it never ships itself.
PREBUILD = "prebuild.py"
# The failures of each known bug of the catalogue, recorded beside the master by
# tests/catalogue.py --record: the grader names a mistake when a submission's match.
KNOWN_MISTAKES = "known_mistakes.json"


def locked_versions():
    """{normalised package name: version} from requirements.lock."""
    versions = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if match:
            versions[normalise(match[1])] = match[2]
    return versions


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(packages, cpu_only):
    """Pinned requirement lines for `packages`; torch from the CPU-only index if asked."""
    versions = locked_versions()
    lines = []
    if cpu_only and {"torch", "torchvision"} & set(packages):
        lines.append(f"--extra-index-url {TORCH_CPU_INDEX}")
    for package in packages:
        version = versions[normalise(package)]
        if cpu_only and package in ("torch", "torchvision"):
            version += "+cpu"
        lines.append(f"{package}=={version}")
    return "\n".join(lines) + "\n"


def student_requirements():
    """The course folder's requirements.txt. On Linux, torch and torchvision are the CPU-only
    builds from PyTorch's own index (PyPI's Linux wheels bring 4 GB of CUDA libraries that
    no assignment needs); elsewhere PyPI's default wheels (CPU, or Apple's GPU)."""
    versions = locked_versions()
    lines = ["# One environment for the whole course, with Python 3.11: see README.md.",
             f"--extra-index-url {TORCH_CPU_INDEX}"]
    for package in STUDENT_PACKAGES:
        version = versions[normalise(package)]
        if package in ("torch", "torchvision"):
            lines += [f"{package}=={version}+cpu; {ON_LINUX}", f"{package}=={version}; {ELSEWHERE}"]
        else:
            lines.append(f"{package}=={version}")
    lines.append(JUPYTERLAB)
    return "\n".join(lines) + "\n"


def course_files(assignment, folder):
    """Write what the course folder holds for this assignment, besides its own folder:
    README.md, requirements.txt and slides/<slug>.html (the HTML deck only: it is
    self-contained and renders the same bytes every time)."""
    from .slides import Figures, build_html
    (folder / "slides").mkdir(parents=True)
    shutil.copy(STUDENT_README, folder / "README.md")
    (folder / "requirements.txt").write_text(student_requirements())
    build_html(assignment.slug, folder / "slides", Figures())
    return folder


def normalise_notebook(path):
    """Give cells ids derived from their contents and drop editor-only metadata, so that two
    builds of the same master give byte-identical notebooks."""
    notebook = json.loads(path.read_text())
    notebook["metadata"].pop("jupytext", None)
    seen = {}
    for cell in notebook["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        digest = hashlib.sha1(f"{cell['cell_type']}\n{source}".encode()).hexdigest()[:10]
        seen[digest] = seen.get(digest, 0) + 1
        cell["id"] = digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"
        cell["metadata"].pop("lines_to_next_cell", None)
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    path.write_text(json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def otter_assign(assignment, stage):
    """Run Otter Assign on a copy of the master folder with checks.py beside it."""
    source = stage / "master"
    shutil.copytree(assignment.master.parent, source)
    shutil.copy(CHECKS, source / "checks.py")
    if (source / PREBUILD).exists():  # makes data files the master's `files:` list names
        subprocess.run([sys.executable, PREBUILD], cwd=source, check=True)
        (source / PREBUILD).unlink()
    result = subprocess.run([sys.executable, "-m", "otter", "assign", "--no-pdfs",
                             str(source / assignment.notebook), str(stage / "out")],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"otter assign failed for {assignment.slug}:\n{result.stdout}\n{result.stderr}")
    out = stage / "out"
    for notebook in out.rglob("*.ipynb"):
        normalise_notebook(notebook)
    return out


def write_zip(path, files):
    """A zip of {name in zip: file on disk} with fixed dates and modes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, ZIP_DATE)
            mode = 0o755 if name in ("run_autograder", "setup.sh") else 0o644
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, Path(files[name]).read_bytes())


def autograder_only_files(assignment, stage):
    """The files the master's config lists under `autograder_files:` (Otter Assign puts them
    only in the zip it generates, and we generate our own)."""
    import yaml
    master = json.loads((stage / "master" / assignment.notebook).read_text())
    for cell in master["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "raw" and source.lstrip().startswith("# ASSIGNMENT CONFIG"):
            names = (yaml.safe_load(source) or {}).get("autograder_files") or []
            return [stage / "master" / name for name in names]
    return []


def autograder_zip(assignment, graded, stage):
    """dist/autograder/<slug>.zip: Gradescope's setup.sh and run_autograder, our grading
    modules, every test, and the support files the notebook needs."""
    package = Path(__file__).resolve().parent
    files = {name: GRADESCOPE / name for name in ("setup.sh", "run_autograder")}
    files.update({f"autograder/{m}": package / m for m in GRADING_MODULES})
    tests = sorted((graded / "tests").glob("*.py"), key=natural_order)
    files.update({f"tests/{t.name}": t for t in tests})
    # Support files go to the student's process; autograder-only files (held-out data)
    # stay with the checker, beside checks.py.
    support = sorted(p for p in graded.iterdir() if p.is_file() and p.suffix != ".ipynb")
    held_out = autograder_only_files(assignment, stage)
    files.update({f"files/{p.name}": p for p in [*support, *held_out]})
    # Checker-only too: the tests bind its names in the student's process when needed.
    (stage / "references.py").write_text(reference_module(graded / assignment.notebook))
    files["files/references.py"] = stage / "references.py"
    mistakes = assignment.master.parent / KNOWN_MISTAKES  # tests/catalogue.py --record
    if mistakes.is_file():
        files[KNOWN_MISTAKES] = mistakes
    config = {
        "slug": assignment.slug, "title": assignment.title, "notebook": assignment.notebook,
        "questions": [t.stem for t in tests],
        "support_files": [f"files/{p.name}" for p in support],
        "limits": vars(assignment.limits),
        "preload": list(assignment.preload),
        "student_preload": list(assignment.student_preload),
    }
    (stage / "assignment.json").write_text(json.dumps(config, indent=1, sort_keys=True) + "\n")
    (stage / "requirements.txt").write_text(requirements(assignment.packages, cpu_only=True))
    files["assignment.json"] = stage / "assignment.json"
    files["requirements.txt"] = stage / "requirements.txt"
    target = DIST / "autograder" / f"{assignment.slug}.zip"
    write_zip(target, files)
    return target


def reference_module(notebook):
    """The reference solution as a module: the imports, functions, classes and UPPER_CASE
    constants of the solution notebook's code cells (statements that compute or draw
    are left out). Tests bind its names in place of a student's, so that a question's
    tests call no other question's code of the student's (checks.references)."""
    import ast

    from .worker import SKIP_MARKER, without_magics
    kept = []
    for cell in json.loads(Path(notebook).read_text())["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] != "code" or source.lstrip().startswith(SKIP_MARKER):
            continue
        for node in ast.parse(without_magics(source)).body:
            if isinstance(node, (ast.Import, ast.ImportFrom)) and "otter" in ast.unparse(node):
                continue  # the grader's fake Otter in the student's process, a second of imports here
            constant = (isinstance(node, ast.Assign) and
                        all(isinstance(t, ast.Name) and t.id.isupper() for t in node.targets))
            if constant or isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef,
                                             ast.AsyncFunctionDef, ast.ClassDef)):
                kept.append(ast.unparse(node))
    return '"""The reference solution (generated by autograder/build.py): never publish."""\n' \
        + "\n\n".join(kept) + "\n"


def natural_order(path):
    """q2 before q10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.stem)]


def replace_tree(source, target):
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def build(assignment, release=True):
    """Build one assignment; returns the path of its Gradescope zip. With release=False the
    committed student folder (assignments/<slug>) is left alone, so it can be compared."""
    stage = DIST / "build" / assignment.slug
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    out = otter_assign(assignment, stage)
    student = out / "student"
    shared = course_files(assignment, stage / "course")
    for course_folder in ([RELEASE] if release else []) + [DIST / "student"]:
        replace_tree(student, course_folder / assignment.slug)
        shutil.copytree(shared, course_folder, dirs_exist_ok=True)
    replace_tree(out / "autograder", DIST / "instructor" / assignment.slug)
    return autograder_zip(assignment, out / "autograder", stage)


def solution_notebook(assignment):
    """The filled-in notebook Otter Assign writes for instructors (after `build`)."""
    return DIST / "instructor" / assignment.slug / assignment.notebook
