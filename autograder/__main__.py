"""The TA's commands (the Makefile calls these).

    python -m autograder release                 build every assignment, grade each solution
                                                 through its own zip, print a table
    python -m autograder build [SLUG ...]        build without grading
    python -m autograder grade SLUG PATH [--out gradebook.csv] [--results results/]
"""
import argparse
import json
import sys
import zipfile

from . import course
from .build import build, solution_notebook
from .gradebook import collect, grade_with_zip, write_outputs


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
    print("\nStudent folders: dist/student/   Gradescope zips: dist/autograder/")
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
    submissions = collect(args.path)
    graded = grade_with_zip(zip_path, submissions, workers=args.workers)
    rows = write_outputs(graded, questions, args.results, args.out)
    for row in rows:
        print(f"{row['submission']:<40}{row['total']:>8g}  {row['status']:<11}{row['message'][:60]}")
    print(f"\n{len(rows)} submission(s): results in {args.results}/, gradebook in {args.out}")
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
    grade_parser.add_argument("--workers", type=int, default=2)
    grade_parser.set_defaults(run=grade)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
