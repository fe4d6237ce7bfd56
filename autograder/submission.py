"""Reading what a student uploaded: a notebook, or the zip `grader.export()` writes.

Everything here is untrusted input. Problems become `SubmissionProblem`s whose message
tells the student, in plain words, what to do.
"""
import json
import zipfile
from pathlib import Path

MAX_NOTEBOOK_BYTES = 50 * 2 ** 20


class SubmissionProblem(Exception):
    """The submission cannot be graded; the message is for the student."""


def find_submission(folder):
    """The file to grade in a Gradescope submission folder: a notebook, else a zip."""
    files = sorted(p for p in Path(folder).rglob("*") if p.is_file()
                   and ".ipynb_checkpoints" not in p.parts and "__MACOSX" not in p.parts)
    for suffix in (".ipynb", ".zip"):
        matches = [p for p in files if p.suffix == suffix]
        if matches:
            return matches[0]
    if not files:
        raise SubmissionProblem("Nothing was submitted. Upload the zip file that the last "
                                "cell of the notebook (`grader.export()`) writes.")
    raise SubmissionProblem(f"No notebook found among the submitted files "
                            f"({', '.join(p.name for p in files[:5])}). Upload the zip file "
                            f"that `grader.export()` writes, or the .ipynb itself.")


def _notebook_bytes(path, notebook_name):
    path = Path(path)
    if not path.is_file():
        raise SubmissionProblem(f"The submission {path.name} is not a file.")
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.endswith(".ipynb")
                         and "__MACOSX" not in n and ".ipynb_checkpoints" not in n]
                if not names:
                    raise SubmissionProblem("The zip file holds no notebook (.ipynb). Export "
                                            "again with the last cell of the notebook.")
                names.sort(key=lambda n: (Path(n).name != notebook_name, n))
                info = archive.getinfo(names[0])
                if info.file_size > MAX_NOTEBOOK_BYTES:
                    raise SubmissionProblem("The notebook is too large to grade (over 50 MB). "
                                            "Clear large outputs and export again.")
                return archive.read(info)
        except (zipfile.BadZipFile, OSError, EOFError):
            raise SubmissionProblem("The zip file is damaged. Export again and upload the new "
                                    "zip file.") from None
    if path.stat().st_size > MAX_NOTEBOOK_BYTES:
        raise SubmissionProblem("The notebook is too large to grade (over 50 MB). Clear large "
                                "outputs and export again.")
    return path.read_bytes()


def read_code_cells(path, assignment, notebook_name):
    """The code cells' sources, in order. Raises SubmissionProblem."""
    data = _notebook_bytes(path, notebook_name)
    if not data.strip():
        raise SubmissionProblem("The submitted notebook is empty (0 bytes). Save the notebook "
                                "in Jupyter, export again, and upload the new file.")
    try:
        notebook = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise SubmissionProblem("The submitted file is not a readable Jupyter notebook (its JSON "
                                "is damaged or cut off). Open it in Jupyter, save it, and export "
                                "again.") from None
    except RecursionError:
        raise SubmissionProblem("The submitted file is not a Jupyter notebook: its JSON is nested "
                                "far deeper than a notebook's. Upload the zip file that "
                                "`grader.export()` writes.") from None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise SubmissionProblem("The submitted file is JSON but not a Jupyter notebook. Upload "
                                "the zip file that `grader.export()` writes.")
    metadata = notebook.get("metadata")
    otter = metadata.get("otter") if isinstance(metadata, dict) else None
    claimed = otter.get("assignment_name") if isinstance(otter, dict) else None
    if isinstance(claimed, str) and claimed != assignment:
        raise SubmissionProblem(f"This notebook belongs to assignment `{claimed}`, but it was "
                                f"submitted to the autograder of `{assignment}`. Submit it to "
                                f"the right assignment on Gradescope.")
    sources = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(s, str) for s in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise SubmissionProblem("A code cell of the notebook is damaged (its source is not "
                                    "text). Open the notebook in Jupyter, save it, and export "
                                    "again.")
        sources.append(source)
    return sources
