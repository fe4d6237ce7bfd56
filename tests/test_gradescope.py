"""Gradescope, emulated: the zip's own setup.sh builds a fresh environment, run_autograder
grades a submission in an /autograder-shaped root, and results.json has the fields
Gradescope documents."""
import json
import os
import stat
import subprocess
import zipfile

import pytest

from autograder import isolation
from autograder.gradescope import unpack
from conftest import DOCKER_CAPS, WRITTEN, max_scores, validate

def reachable_requirements(text):
    """Gradescope installs CPU-only torch from PyTorch's index; this machine reaches PyPI
    only, whose torch wheels are the same release."""
    lines = [line.replace("+cpu", "") for line in text.splitlines()
             if not line.startswith("--extra-index-url")]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("slug", WRITTEN[:1])
def test_zip_sets_up_and_grades_like_gradescope(slug, built, tmp_path):
    root = tmp_path / "autograder"
    unpack(built[slug], root / "source")
    requirements = root / "source" / "requirements.txt"
    requirements.write_text(reachable_requirements(requirements.read_text()))
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOGRADER_")}
    env["AUTOGRADER_ROOT"] = str(root)
    subprocess.run(["bash", str(root / "source" / "setup.sh")], env=env, check=True,
                   capture_output=True)
    assert (root / "venv" / "bin" / "python").exists()

    (root / "submission").mkdir()
    with zipfile.ZipFile(root / "submission" / "export.zip", "w") as export:  # as grader.export() writes
        export.write(built.solution(slug), f"{slug}.ipynb")
        export.writestr(".OTTER_LOG", b"")
    # As Gradescope runs it: as root, here with every capability, then with Docker's
    # default ones (no CAP_SYS_ADMIN: no namespaces).
    for wrapper, tier in (([], isolation.detect_tier()),
                          (["setpriv", "--bounding-set", DOCKER_CAPS, "--"], isolation.USERS)):
        if wrapper and os.geteuid() != 0:
            continue
        run = subprocess.run([*wrapper, "bash", str(root / "source" / "run_autograder")],
                             env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr
        results = json.loads((root / "results" / "results.json").read_text())
        validate(results)
        assert results["score"] == sum(max_scores(built[slug]).values()), results["output"]
        assert results["extra_data"]["isolation"] == tier
        if os.geteuid() == 0:  # the grader's own files are closed to the student's user
            for folder in ("source", "submission", "results"):
                assert stat.S_IMODE((root / folder).resolve().stat().st_mode) == 0o700
