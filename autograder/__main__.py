"""The TA's commands (the Makefile calls these).

    python -m autograder release                 build every assignment, grade each solution
                                                 through its own zip, print a table
    python -m autograder build [SLUG ...]        build without grading
    python -m autograder grade SLUG PATH [--out gradebook.csv] [--results results/] [--regrade]
"""
import argparse
import json
import shutil
import sys
import zipfile
from pathlib import Path

from . import course
from .build import build, solution_notebook
from .gradebook import collect, grade_with_zip, gradebook_rows, write_gradebook


def release(_args):
    assignments = course.written()
    zips = {a.slug: build(a) for a in assignments}
    rows, short = [], []
    for assignment in assignments:
        [(_, results)] = grade_with_zip(zips[assignment.slug], [solution_notebook(assignment)])
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
    from .slides import DEFAULT_OUT, build_all
    build_all()
    # A copy beside the assignment folders, where the notebooks' links (../slides/) point.
    shutil.copytree(DEFAULT_OUT, course.DIST / "student" / "slides", dirs_exist_ok=True)
    print("\nStudent folders: dist/student/ (with slides/)   Gradescope zips: dist/autograder/   "
          "Slides: dist/slides/")
    for slug, output in short:
        print(f"\n{slug}: the solution is short of full marks:\n{output}", file=sys.stderr)
    return 1 if short else 0


def build_only(args):
    for slug in args.slugs or [a.slug for a in course.written()]:
        print(build(course.get(slug)))
    return 0


def grade(args):
    assignment = course.get(args.slug)
    zip_path = course.DIST / "autograder" / f"{assignment.slug}.zip"
    if not zip_path.exists():
        zip_path = build(assignment)
    with zipfile.ZipFile(zip_path) as archive:
        questions = json.loads(archive.read("assignment.json"))["questions"]
    root = Path(args.path).resolve()
    submissions = [s.resolve() for s in collect(root)]
    graded = grade_with_zip(zip_path, submissions, workers=args.workers,
                            results_dir=args.results, root=root if root.is_dir() else None,
                            regrade=args.regrade, progress=True)
    rows = gradebook_rows(graded, questions, root if root.is_dir() else root.parent)
    write_gradebook(rows, questions, args.out)
    for row in rows:
        print(f"{row['student']:<24}{row['total']:>7g}  {row['status']:<11}"
              f"{'late ' if row['late'] == 'yes' else ''}{row['message'][:60]}")
    duplicates = [r for r in rows if r["other_submissions"]]
    late = [r["student"] for r in rows if r["late"] == "yes"]
    print(f"\n{len(submissions)} submission(s) from {len(rows)} student(s): results in "
          f"{args.results}/, gradebook in {args.out}")
    for row in duplicates:
        print(f"  {row['student']}: several submissions; counted {row['submission']}, also "
              f"graded {row['other_submissions']}")
    if late:
        print(f"  late: {', '.join(late)}")
    return 0


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
    grade_parser.add_argument("--workers", type=int, default=None,
                              help="parallel gradings (default: one per core)")
    grade_parser.add_argument("--regrade", action="store_true",
                              help="grade again submissions that already have a result")
    grade_parser.set_defaults(run=grade)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
