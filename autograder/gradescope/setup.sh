#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu 22.04).
# It installs Python 3.11 (the version the course is tested on) and the pinned, CPU-only
# packages of requirements.txt into /autograder/venv. No Otter, no conda, no browser.
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends python3-pip ca-certificates
python3 -m pip install --no-cache-dir uv==0.13.9
uv python install 3.11.7
uv venv --python 3.11.7 /autograder/venv
uv pip install --index-strategy unsafe-best-match --python /autograder/venv/bin/python --no-cache -r /autograder/source/requirements.txt
