"""The TA's commands (the Makefile calls these).

    python -m autograder release                 build every assignment, grade each solution
                                                 through its own zip, print a table
    python -m autograder build [SLUG ...]        build without grading
    python -m autograder grade SLUG PATH [--out gradebook.csv] [--results results/] [--regrade]
                                         [--unsandboxed] [--zip dist/autograder/SLUG.zip]
                                                 grade a class's submissions (README: TAs)
"""
import argparse
import os
import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from . import course
from .build import build, solution_notebook
from .gradebook import (assignment_config, grade_class, grade_with_zip, shorten, shown,
                        write_gradebook)


def release(_args):
    assignments = course.written()
    steps = 2 * len(assignments) + 1  # each build, each solution graded, the slides
    zips = {}
    for number, assignment in enumerate(assignments, 1):
        zips[assignment.slug] = timed(f"[{number}/{steps}] building {assignment.slug}",
                                      build, assignment)
    rows, short = [], []
    for number, assignment in enumerate(assignments, len(assignments) + 1):
        [(_, results)] = timed(f"[{number}/{steps}] grading the {assignment.slug} solution "
                               f"through its zip",
                               grade_with_zip, zips[assignment.slug], [solution_notebook(assignment)])
        maximum = results.get("extra_data", {}).get("max_score", 0)
        rows.append((assignment.slug, results["score"], maximum, results.get("execution_time", 0)))
        if results["score"] < maximum or maximum == 0:
            short.append((assignment.slug, results["output"]))
    print(f"\n{'assignment':<22}{'score':>8}{'max':>8}{'seconds':>9}")
    for slug, score, maximum, seconds in rows:
        print(f"{slug:<22}{score:>8g}{maximum:>8g}{seconds:>9.1f}")
    missing = [a.slug for a in course.ASSIGNMENTS if not a.written]
    if missing:
        print(f"(not written yet: {', '.join(missing)})")
    print(f"\n[{steps}/{steps}] building the slides (HTML, then PDF with Chromium)", flush=True)
    from .slides import DEFAULT_OUT, build_all
    build_all()
    # A copy beside the assignment folders, where the notebooks' links (../slides/) point.
    shutil.copytree(DEFAULT_OUT, course.DIST / "student" / "slides", dirs_exist_ok=True)
    print("\nStudent folders: dist/student/ (with slides/)   Gradescope zips: dist/autograder/   "
          "Slides: dist/slides/")
    for slug, output in short:
        print(f"\n{slug}: the solution is short of full marks:\n{output}", file=sys.stderr)
    return 1 if short else 0


def timed(label, work, *args):
    """Say what is being done, do it (`work(*args)`), and end the line with the seconds it
    took: a release shows its progress, step by step."""
    print(f"{label} ...", end="", flush=True)
    started = time.perf_counter()
    result = work(*args)
    print(f" {time.perf_counter() - started:.1f} s", flush=True)
    return result


def build_only(args):
    for slug in args.slugs or [a.slug for a in course.written()]:
        print(build(course.get(slug)))
    return 0


def grade(args):
    refuse_without_walls(args.unsandboxed)
    assignment = course.get(args.slug)
    zip_path = Path(args.zip) if args.zip else course.DIST / "autograder" / f"{assignment.slug}.zip"
    if not zip_path.exists():
        if args.zip:
            raise SystemExit(f"No such autograder zip: {zip_path}")
        zip_path = build(assignment)
    started = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    rows, graded = grade_class(zip_path, args.path, results_dir=args.results,
                               regrade=args.regrade, progress=True, workers=args.workers)
    write_gradebook(rows, assignment_config(zip_path)["questions"], args.out)
    report(rows, graded, started, Path(args.results) / assignment.slug, args.out)
    return 0


NO_WALLS = ("Refusing to grade: the student's code is walled in (no network, no access to your "
            "files, its own user) only when the grader runs as root, and you are not root. "
            "Run it as root (in a container or VM: sudo make grade ...), or, to run the "
            "submissions' code as yourself, with your files and network, add --unsandboxed "
            "(make grade ... UNSANDBOXED=1).")


def refuse_without_walls(unsandboxed):
    """Untrusted code runs without walls unless the grader is root (autograder/isolation.py):
    say so and stop, unless the TA asked for it explicitly."""
    walled = sys.platform == "linux" and os.geteuid() == 0
    if not walled and not unsandboxed:
        raise SystemExit(NO_WALLS)


def report(rows, graded, started, results_dir, out):
    """The console's gradebook, then a summary: counts, reused results, several submissions,
    late ones, and a loud warning for any submission graded without walls."""
    for row in rows:
        print(f"{row['student']:<16}{shorten(row['name'], 20):<21}{shown(row['total']):>6}  "
              f"{row['status']:<11}{'late ' if row['late'] == 'yes' else ''}"
              f"{shorten(row['message'], 60)}")
    # When each result was graded says which were reused; an upload with nothing in it has
    # no time: it was never graded.
    graded_at = {path: found.get("extra_data", {}).get("graded_with", {}).get("graded_at")
                 for path, found, _ in graded}
    reused = sum(1 for moment in graded_at.values() if moment and moment < started)
    now = sum(1 for moment in graded_at.values() if moment and moment >= started)
    empty = len(graded_at) - reused - now
    print(f"\n{len(graded_at)} submission(s) from {len(rows)} student(s): {now} graded now, "
          f"{reused} reused (unchanged submission, same zip) from {results_dir}/"
          f"{f', {empty} with nothing to grade' if empty else ''}; gradebook in {out}")
    for row in rows:
        if row["other_submissions"]:
            print(f"  {row['student']}: several submissions; counted {row['submission']} "
                  f"({row['counted_by']}), also graded {row['other_submissions']}")
    late = [row["student"] for row in rows if row["late"] == "yes"]
    if late:
        print(f"  late: {', '.join(late)}")
    unwalled = sorted({identity["student"] for _, found, identity in graded
                       if found.get("extra_data", {}).get("isolation") == "none"})
    if unwalled:
        print(f"\n!!! graded WITHOUT walls: the code of {len(unwalled)} student(s) ran with no "
              f"isolation (isolation = none), free to read and change this machine's files and "
              f"to use its network: {', '.join(unwalled)}. Check these grades before you "
              f"publish them.")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m autograder")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("release").set_defaults(run=release)
    build_parser = commands.add_parser("build")
    build_parser.add_argument("slugs", nargs="*")
    build_parser.set_defaults(run=build_only)
    grade_parser = commands.add_parser("grade")
    grade_parser.add_argument("slug")
    grade_parser.add_argument("path")
    grade_parser.add_argument("--out", default="gradebook.csv")
    grade_parser.add_argument("--results", default="results")
    grade_parser.add_argument("--zip", default=None,
                              help="the autograder zip to grade with (default: "
                                   "dist/autograder/SLUG.zip, built if missing)")
    grade_parser.add_argument("--workers", type=int, default=None,
                              help="parallel gradings (default: one per core)")
    grade_parser.add_argument("--regrade", action="store_true",
                              help="grade again submissions that already have a result")
    grade_parser.add_argument("--unsandboxed", action="store_true",
                              help="grade even though the grader is not root, so the "
                                   "submissions' code runs without walls, as you")
    grade_parser.set_defaults(run=grade)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
