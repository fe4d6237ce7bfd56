#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu 22.04).
# It installs Python 3.11 and exactly the pinned packages of requirements.txt (CPU-only
# torch where an assignment needs it) into a virtual environment. No Otter, no conda, no
# browser. The regression suite runs this same script (AUTOGRADER_ROOT points elsewhere).
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
if ! python3.11 -m venv --help >/dev/null 2>&1 || ! python3.11 -c "import ensurepip" 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  if ! apt-get install -y --no-install-recommends python3.11 python3.11-venv; then
    apt-get install -y --no-install-recommends software-properties-common
    add-apt-repository -y ppa:deadsnakes/ppa && apt-get update
    apt-get install -y --no-install-recommends python3.11 python3.11-venv
  fi
fi
python3.11 -m venv "$root/venv"
"$root/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-cache-dir \
  -r "$root/source/requirements.txt"
# matplotlib builds its font cache on first import: once here, not in every grading.
MPLBACKEND=Agg "$root/venv/bin/python" -c "import matplotlib.pyplot" 2>/dev/null || true
