"""`make bench`: what grading costs, ours against `otter run`, per assignment.

For each written assignment: generate a batch of submissions (solutions, untouched stubs,
every known bug, alternatives, broken notebooks) and grade it in parallel with the built
zip (throughput on this machine's cores). Then grade a sample one at a time with our zip
and with `otter run` on an Otter-generated zip of the same tests, timing each a few times
in turn, and the solution once more each way measuring peak memory (sampling memory costs
CPU, so timed runs are not sampled). Finally run the solution notebook alone as a plain
script, twice: whole (the yardstick for "grading costs little more than running the code")
and only the cells grading runs (without those marked `# AUTOGRADER: SKIP`: the floor
grading cannot beat).

Memory is the peak, over time, of the summed proportional set size (PSS) of the process
tree: pages shared between processes count once, as the machine pays for them.
"""
import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil

from . import course
from .build import build, solution_notebook
from .gradebook import grade_one
from .gradescope import unpack
from .worker import SKIP_MARKER

TESTS = course.ROOT / "tests"
BROKEN = {
    "syntax_error": "def broken(:\n",
    "exits": "import os\nos._exit(0)\n",
    "raises": "raise RuntimeError('student bug')\n",
}


def with_cell(notebook, code):
    cells = list(notebook["cells"])
    export = [i for i, c in enumerate(cells) if "grader.export" in "".join(c["source"])]
    cells.insert(export[-1] if export else len(cells),
                 {"cell_type": "code", "execution_count": None, "id": "bench", "metadata": {},
                  "outputs": [], "source": code})
    return {**notebook, "cells": cells}


def make_submissions(assignment, folder, count):
    """`count` notebooks cycling through solution, stub, bugs, alternatives and broken ones."""
    solution = json.loads(solution_notebook(assignment).read_text())
    stub = json.loads((course.DIST / "student" / assignment.slug / assignment.notebook).read_text())
    kinds = [("solution", solution), ("stub", stub)]
    for kind in ("bugs", "alternatives"):
        for path in sorted((TESTS / kind / assignment.slug).glob("*.py")):
            kinds.append((f"{kind[:-1]}:{path.stem}", with_cell(solution, path.read_text())))
    kinds += [(f"broken:{name}", with_cell(solution, code)) for name, code in BROKEN.items()]
    kinds.append(("broken:not_json", None))
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        label, notebook = kinds[index % len(kinds)]
        path = folder / f"{index:03d}_{label.replace(':', '_')}.ipynb"
        path.write_text(json.dumps(notebook) if notebook else '{"cells": [')
        made.append((label, path))
    return made


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command, cwd=None, env=None, memory=True):
    """(wall seconds, peak PSS of the process tree in MB, CPU seconds) for one command.
    Sampling memory costs CPU (it reads every process's page map 20 times a second): with
    `memory=False` it is not sampled (peak 0), for timings."""
    cpu_before = cpu_of_children()
    started = time.monotonic()
    process = psutil.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    peak = 0.0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            total = 0
            try:
                for p in [process, *process.children(recursive=True)]:
                    try:
                        total += p.memory_full_info().pss
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
            except psutil.NoSuchProcess:
                pass
            peak = max(peak, total / 2 ** 20)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample) if memory else None
    if sampler:
        sampler.start()
    process.wait()
    seconds = time.monotonic() - started
    done.set()
    if sampler:
        sampler.join()
    return seconds, peak, cpu_of_children() - cpu_before


def timed_grade(source, submission):
    started = time.monotonic()
    results = grade_one(source, submission)
    return time.monotonic() - started, results["extra_data"].get("status")


def ours_command(source, submission, workdir):
    workdir.mkdir(parents=True)
    (workdir / "submission").mkdir()
    os.symlink(source, workdir / "source")
    (workdir / "submission" / submission.name).write_bytes(submission.read_bytes())
    env = {**os.environ, "AUTOGRADER_ROOT": str(workdir), "AUTOGRADER_PYTHON": sys.executable}
    return ["bash", str(workdir / "source" / "run_autograder")], env


def otter_zip(assignment, folder):
    """An autograder zip made by `otter generate` from the same tests and support files."""
    instructor = course.DIST / "instructor" / assignment.slug
    support = [p.name for p in instructor.iterdir() if p.is_file() and p.suffix != ".ipynb"]
    target = folder / "otter-autograder.zip"
    subprocess.run([sys.executable, "-m", "otter", "generate", "-t", "tests", "-o", str(target),
                    "--no-requirements", "--no-environment", "--no-config", *support],
                   cwd=instructor, check=True, capture_output=True)
    return target


def script_of(notebook_path, folder, graded_only):
    """The notebook's code as a plain script (IPython magics and Otter calls left out);
    `graded_only`: without the cells marked `# AUTOGRADER: SKIP`, as grading runs it."""
    notebook = json.loads(notebook_path.read_text())
    lines = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        skipped = graded_only and source.lstrip().startswith(SKIP_MARKER)
        if "otter" in source or "grader." in source or skipped:
            continue
        lines.append("\n".join(l for l in source.splitlines()
                               if not l.lstrip().startswith(("%", "!"))))
    path = folder / ("graded_cells.py" if graded_only else "whole_notebook.py")
    path.write_text("\n\n".join(lines) + "\n")
    return path


def run_alone(assignment, folder, graded_only):
    """(seconds, peak MB) of the solution notebook run alone as a plain script."""
    scratch = folder / ("graded" if graded_only else "whole")
    scratch.mkdir()
    for item in (course.DIST / "student" / assignment.slug).iterdir():
        if item.is_file():
            (scratch / item.name).write_bytes(item.read_bytes())
    script = script_of(solution_notebook(assignment), scratch, graded_only)
    seconds, peak, _ = measure([sys.executable, script.name], cwd=scratch,
                               env={**os.environ, "MPLBACKEND": "Agg"})
    return seconds, peak


def bench_assignment(assignment, count, sample, repeat, folder):
    zip_path = build(assignment, release=False)
    submissions = make_submissions(assignment, folder / "submissions", count)
    source = folder / "source"
    unpack(zip_path, source)
    workers = os.cpu_count() or 1
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        batch = list(pool.map(timed_grade, [source] * len(submissions), [p for _, p in submissions]))
    batch_seconds = time.monotonic() - started
    times = [seconds for seconds, _ in batch]

    picks = [submissions[i] for i in range(min(sample, len(submissions)))]
    otter = otter_zip(assignment, folder)

    runs = itertools.count()  # numbers a fresh work folder for every run

    def ours(path, memory):
        command, env = ours_command(source, path, folder / "ours" / f"{next(runs)}-{path.stem}")
        return measure(command, env=env, memory=memory)

    def theirs(path, memory):
        out = folder / "otter-out" / f"{next(runs)}-{path.stem}"
        out.mkdir(parents=True)
        return measure([sys.executable, "-m", "otter", "run", "-a", str(otter), "-o", str(out),
                        str(path)], cwd=out, memory=memory)

    side_by_side = []
    for label, path in picks:  # timings without the memory sampler's load
        # ours and otter's in turn, `repeat` times each: a slow spell of this shared machine
        # then slows both, and the median leaves a single slow run out
        ours_runs, otter_runs = zip(*[(ours(path, False), theirs(path, False))
                                      for _ in range(repeat)])
        ours_s, _, ours_cpu = map(statistics.median, zip(*ours_runs))
        otter_s, _, otter_cpu = map(statistics.median, zip(*otter_runs))
        side_by_side.append({"submission": label, "ours_s": ours_s, "ours_cpu_s": ours_cpu,
                             "otter_s": otter_s, "otter_cpu_s": otter_cpu, "repeat": repeat})
    solution = picks[0][1]  # memory: the solution, once more each way, sampled
    ours_mb, otter_mb = ours(solution, True)[1], theirs(solution, True)[1]

    notebook_s, notebook_mb = run_alone(assignment, folder, graded_only=False)
    graded_s, graded_mb = run_alone(assignment, folder, graded_only=True)
    return {
        "assignment": assignment.slug, "submissions": len(submissions), "workers": workers,
        "median_s": statistics.median(times), "max_s": max(times),
        "per_minute": 60 * len(submissions) / batch_seconds,
        "sample": side_by_side,
        "ours_median_s": statistics.median(r["ours_s"] for r in side_by_side),
        "otter_median_s": statistics.median(r["otter_s"] for r in side_by_side),
        "ours_median_cpu_s": statistics.median(r["ours_cpu_s"] for r in side_by_side),
        "otter_median_cpu_s": statistics.median(r["otter_cpu_s"] for r in side_by_side),
        "ours_mb": ours_mb, "otter_mb": otter_mb, "notebook_s": notebook_s,
        "notebook_mb": notebook_mb, "graded_s": graded_s, "graded_mb": graded_mb,
    }


def report(rows):
    cpu = psutil.cpu_count()
    memory = psutil.virtual_memory().total / 2 ** 30
    print(f"\nMachine: {cpu} cores, {memory:.0f} GiB, Python {sys.version.split()[0]}")
    print(f"\nTime\n{'assignment':<20}{'n':>4}{'median s':>10}{'max s':>8}{'per min':>9}"
          f"{'ours s':>8}{'otter s':>9}{'speed-up':>9}{'ours CPU s':>12}{'otter CPU s':>13}")
    for r in rows:
        print(f"{r['assignment']:<20}{r['submissions']:>4}{r['median_s']:>10.2f}{r['max_s']:>8.2f}"
              f"{r['per_minute']:>9.1f}{r['ours_median_s']:>8.2f}{r['otter_median_s']:>9.2f}"
              f"{r['otter_median_s'] / r['ours_median_s']:>8.1f}x"
              f"{r['ours_median_cpu_s']:>12.2f}{r['otter_median_cpu_s']:>13.2f}")
    print(f"\nMemory (peak MB, grading the solution)\n{'assignment':<20}{'ours':>7}{'otter':>7}"
          f"{'notebook':>10}{'ratio':>7}{'graded':>8}{'ratio':>7}")
    for r in rows:
        ours = r["ours_mb"]
        print(f"{r['assignment']:<20}{ours:>7.0f}{r['otter_mb']:>7.0f}"
              f"{r['notebook_mb']:>10.0f}{ours / r['notebook_mb']:>7.2f}"
              f"{r['graded_mb']:>8.0f}{ours / r['graded_mb']:>7.2f}")
    print("\nSpeed-up on each sampled submission")
    for r in rows:
        print(f"{r['assignment']:<20}" + ", ".join(
            f"{x['submission']} {x['otter_s'] / x['ours_s']:.1f}x" for x in r["sample"]))
    print("\nmedian/max s: one submission in the parallel batch; per min: batch throughput on "
          "all cores;\nours/otter s: the same sample graded one at a time, each sampled "
          "submission timed --repeat times\neach way (median wall time); ours/otter MB: peak "
          "PSS of the process tree grading the solution;\nnotebook: the whole solution notebook "
          "run alone as a plain script; graded: only the cells\ngrading runs (no "
          "`# AUTOGRADER: SKIP` cells).")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m autograder.bench")
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--sample", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3,
                        help="time each sampled submission this many times each way (median)")
    args = parser.parse_args(argv)
    assignments = [course.get(s) for s in args.slugs] or course.written()
    rows = []
    for assignment in assignments:
        print(f"benchmarking {assignment.slug} ...", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix="bench-") as folder:
            rows.append(bench_assignment(assignment, args.count, args.sample, args.repeat,
                                         Path(folder)))
    report(rows)
    out = course.DIST / "bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=1))
    print(f"\nFigures saved in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
