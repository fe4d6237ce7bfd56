# The TA's commands. Each installs what it needs first (`make setup`).
PYTHON := .venv/bin/python
A ?=
SUBMISSIONS ?=
OUT ?= gradebook.csv
REGRADE ?=
UNSANDBOXED ?=

.PHONY: setup release build grade report test test-all bench slides clean mistakes catalogue

setup: .venv/.installed
	@bash autograder/system-packages.sh

# pip takes torch 2.14.1 / torchvision 0.29.1 from the machine's local wheel cache where there is one.
# Quiet recipes: a TA sees what is being done, not the commands.
.venv/.installed: requirements.lock pyproject.toml
	@echo "setup: installing the pinned packages into .venv (a few minutes the first time)"
	@test -x $(PYTHON) || python3.11 -m venv .venv || python3 -m venv .venv
	@$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

release: setup
	@$(PYTHON) -m autograder release

# Recitation decks: dist/slides/<slug>.html (self-contained, offline) and <slug>.pdf.
slides: setup
	$(PYTHON) -m autograder.slides

build: setup
	$(PYTHON) -m autograder build $(A)

# Grading runs the students' code: walled in only as root; UNSANDBOXED=1 grades without walls.
grade: setup
	@test -n "$(A)" -a -n "$(SUBMISSIONS)" || { echo "usage: make grade A=<slug> SUBMISSIONS=<file-or-folder> [OUT=gradebook.csv] [REGRADE=1] [UNSANDBOXED=1]"; exit 2; }
	@$(PYTHON) -m autograder grade $(A) "$(SUBMISSIONS)" --out "$(OUT)" $(if $(REGRADE),--regrade) $(if $(UNSANDBOXED),--unsandboxed)

# A class report for instructors, after `make grade`: report.html (self-contained) and report.csv beside it.
report: setup
	@test -n "$(A)" -a -n "$(SUBMISSIONS)" || { echo "usage: make report A=<slug> SUBMISSIONS=<file-or-folder> [OUT=report.html] [NAMES=1] [UNSANDBOXED=1]"; exit 2; }
	@$(PYTHON) -m autograder.report $(A) "$(SUBMISSIONS)" --out "$(if $(filter gradebook.csv,$(OUT)),report.html,$(OUT))" $(if $(NAMES),--names) $(if $(UNSANDBOXED),--unsandboxed)

test: setup
	$(PYTHON) -m pytest

# Also every extended known bug and alternative (tests/bugs/<slug>/more/): slower.
test-all: setup
	FULL_CATALOGUE=1 $(PYTHON) -m pytest

# What grading makes of each assignment's catalogue of known bugs (public catch, cascades):
# `make catalogue A=<slug>`. After changing tests, record the known mistakes' failures
# again, so that the grader keeps naming them: `make mistakes` (all) or `make mistakes A=<slug>`.
catalogue: setup
	@test -n "$(A)" || { echo "usage: make catalogue A=<slug>"; exit 2; }
	@$(PYTHON) tests/catalogue.py $(A)

mistakes: setup
	@for slug in $(or $(A),01_numpy_backprop 02_pytorch_tensors 03_mlp 04_cnn 05_regularization 06_dqn); do \
		$(PYTHON) tests/catalogue.py $$slug --record | tail -2 || exit 1; done

clean:
	rm -rf dist results gradebook.csv

# Grading cost per assignment, ours against `otter run` (a few minutes per assignment).
bench: setup
	$(PYTHON) -m autograder.bench
