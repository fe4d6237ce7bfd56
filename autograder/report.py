"""A class report for instructors: what the class understood, not only who scored what.

    python -m autograder.report SLUG PATH [--out report.html] [--results results] [--names]

Grades what `make grade` has not graded yet (reusing `results/`), then writes one
self-contained HTML file (inline CSS, plots as data-URI PNGs: nothing is fetched, so it
opens offline in any browser) and, beside it, `report.csv`: one row per student with the
known mistakes diagnosed in the submission that counts, for targeted hints.

Sections: the class at a glance; per question (points, public against hidden pass rates,
the slides that teach it); the mistakes (known ones from the catalogue in tests/bugs/, and
the failures none explains, grouped by message); what grading cost.

Students are anonymous labels ("Student 07") unless `--names` is given, so the report can
be shown in class; a label depends only on the student, so it is the same in every section
and in the CSV.
"""
import argparse
import ast
import base64
import csv
import hashlib
import html
import io
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import course

BUGS = course.ROOT / "tests" / "bugs"
ASSESSED = ("graded", "stopped")  # statuses whose tests ran: they say what was understood
SLOWEST = 5                       # submissions listed by grading time
UNEXPLAINED_SHOWN = 30            # failure groups listed; the rest are counted
WHO_SHOWN = 12                    # students named per known mistake; the rest are counted


# ---------------------------------------------------------------------------- sources

@dataclass
class Guide:
    """Where the course teaches a question: its notebook section and its slides."""
    section: str = ""
    slides: list = field(default_factory=list)  # [(f"{deck}.html#{id}", title)]


def question_guides(slug):
    """{question: Guide} read from the student notebook: each `**Question N (` cell's
    section is the last `## §` heading above it, its slides are its `<deck>.html#<id>`
    links (their folder prefix is dropped: the report points at slides/ beside it), and
    its question name is that of the next `grader.check("...")` cell."""
    for path in (course.DIST / "student" / slug / f"{slug}.ipynb",
                 course.RELEASE / slug / f"{slug}.ipynb"):
        if path.exists():
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            break
    else:
        return {}
    guides, section, pending = {}, "", None
    for cell in cells:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            heading = re.match(r"#+\s*(§\d+.*)", text)
            if heading:
                section = heading.group(1).strip()
            if text.startswith("**Question "):
                links = re.findall(r"\[([^\]]+)\]\((?:[^)\s]*/)?([\w.-]+\.html#[\w-]+)\)", text)
                pending = Guide(section, [(target, title) for title, target in links])
        elif pending is not None:
            check = re.search(r"grader\.check\(\s*[\"']([^\"']+)[\"']", text)
            if check:
                guides[check.group(1)] = pending
                pending = None
    return guides


@dataclass
class Mistake:
    """A known mistake of the catalogue: tests/bugs/<slug>/<id>.py."""
    question: str
    explanation: str


# What a diagnosis that names no file of the catalogue shows.
UNKNOWN_MISTAKE = Mistake("?", "(not in the catalogue tests/bugs/)")


def catalogue(slug):
    """{catalogue id: Mistake}; the id is the file's path under tests/bugs/<slug>/ without
    .py, and the explanation the first paragraph of its docstring on one line (its first
    line alone often stops mid-sentence)."""
    mistakes = {}
    folder = BUGS / slug
    for path in sorted(folder.rglob("*.py")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        question = re.search(r"^QUESTION\s*=\s*[\"']([^\"']+)[\"']", text, re.M)
        docstring = ast.get_docstring(ast.parse(text)) or ""
        explanation = " ".join(docstring.split("\n\n")[0].split())
        mistakes[path.relative_to(folder).with_suffix("").as_posix()] = Mistake(
            question.group(1) if question else "", explanation)
    return mistakes


# ---------------------------------------------------------------------------- results

def question_outcomes(results):
    """{question: {"public": passed or None, "hidden": passed or None, "failures": [first
    line of each FAIL message]}} from a results.json's test entries."""
    outcomes = defaultdict(lambda: {"public": None, "hidden": None, "failures": []})
    for test in results.get("tests", []):
        found = re.match(r"(.+) \((public|hidden) tests\)$", test.get("name", ""))
        if not found:
            continue
        outcome = outcomes[found.group(1)]
        outcome[found.group(2)] = test.get("status") == "passed"
        lines = (test.get("output") or "").splitlines()
        for line, following in zip(lines, lines[1:] + [""]):
            if line.startswith("FAIL "):
                outcome["failures"].append(following.strip() or line)
    return outcomes


NUMBER = re.compile(r"(?<![A-Za-z_\d])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")


# checks.py's messages for a function still as the stub left it: one group per question.
NOT_ATTEMPTED = re.compile(r"returned None\. Replace the `\.\.\.`|returned `\.\.\.`: the stub")
NOT_ATTEMPTED_GROUP = "not attempted: the stub's `...` is still there (any test of the question)"


def failure_pattern(message):
    """A failure message with its numbers normalised, so that one mistake groups together
    whatever values, indices and shapes each student's code produced. A function left as
    the stub gives one group, whatever the test."""
    if NOT_ATTEMPTED.search(message):
        return NOT_ATTEMPTED_GROUP
    text = NUMBER.sub("#", message)
    text = re.sub(r"#(?:[\s,]+#)+", "#…", text)  # arrays and shapes of any length
    return " ".join(text.split())


def diagnoses(results):
    """The catalogue ids grading diagnosed in a submission (none where it does not say)."""
    return list(results.get("extra_data", {}).get("diagnoses") or [])


@dataclass
class Student:
    key: str
    label: str       # what the report shows: a name with --names, else "Student 07"
    row: dict        # the gradebook row
    results: dict    # results.json of the submission that counts
    submissions: list  # [(path, results)], every submission of the student

    @property
    def assessed(self):
        return self.row.get("status") in ASSESSED


def unique_submissions(graded):
    """{path: results}, each submission once: a group submission is in `graded` once per
    submitter."""
    return {str(Path(path)): results for path, results, _ in graded}


def class_students(rows, graded, names):
    """[Student] in gradebook order. Anonymous labels are numbered in the order of a hash of
    the student, not alphabetically, so that a label says nothing about the name."""
    by_student = defaultdict(list)
    for path, results, identity in graded:
        by_student[(identity or {}).get("student")].append((Path(path), results))
    order = sorted(rows, key=lambda row: hashlib.sha256(row["student"].encode()).hexdigest())
    width = len(str(len(rows)))
    anonymous = {row["student"]: f"Student {i:0{width}d}" for i, row in enumerate(order, 1)}
    students = []
    for row in rows:
        submissions = by_student.get(row["student"], [])
        # The row names its submission by its path in the download (`alice/hw1.ipynb`).
        counted = Path(row.get("submission") or "").as_posix()
        results = next((r for p, r in submissions
                        if p.as_posix() == counted or p.as_posix().endswith("/" + counted)), {})
        label = (row.get("name") or row["student"]) if names else anonymous[row["student"]]
        students.append(Student(row["student"], label, row, results, submissions))
    return students


# ---------------------------------------------------------------------------- plots

def png_uri(draw, size=(7, 2.6)):
    """A data: URI of the PNG that `draw(axes)` plots (matplotlib's Agg backend)."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot
    figure, axes = pyplot.subplots(figsize=size, dpi=100)
    try:
        draw(axes)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    finally:
        pyplot.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def histogram(values, xlabel, span=None, marker=None):
    def draw(axes):
        axes.hist(values, bins=20, range=span, color="#4c72b0", edgecolor="white")
        if marker is not None:
            axes.axvline(marker, color="#c44e52", linestyle="--", label=f"median {marker:g}")
            axes.legend(frameon=False, loc="upper left")
        axes.set_xlabel(xlabel)
        axes.set_ylabel("count")
    return png_uri(draw)


def question_bars(names, public, hidden):
    """Grouped bars: the share of students that passed each question's public and hidden
    tests (None: the question has no such tests)."""
    def draw(axes):
        positions = range(len(names))
        for offset, shares, label, color in ((-0.2, public, "public tests", "#55a868"),
                                             (0.2, hidden, "hidden tests", "#4c72b0")):
            axes.bar([p + offset for p in positions], [100 * (s or 0) for s in shares],
                     width=0.4, label=label, color=color)
        axes.set_xticks(list(positions), names, rotation=30, ha="right", fontsize=8)
        axes.set_ylabel("% of students passing")
        axes.set_ylim(0, 100)
        axes.legend(frameon=False, ncol=2, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    return png_uri(draw, size=(9, 3.4))


# ---------------------------------------------------------------------------- HTML

class Html(str):
    """Text that is already HTML: table cells leave it unescaped."""


def escape(value):
    return value if isinstance(value, Html) else html.escape(str(value))


def table(headers, rows, numeric=(), css_class=None):
    """An HTML table; columns whose index is in `numeric` are right-aligned; no header row
    when `headers` is empty."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    head = f"<thead><tr>{head}</tr></thead>" if headers else ""
    body = "".join("<tr>" + "".join(
        f"<td{' class=num' if i in numeric else ''}>{escape(cell)}</td>"
        for i, cell in enumerate(row)) + "</tr>" for row in rows)
    opening = f"<table class={css_class}>" if css_class else "<table>"
    return Html(f"{opening}{head}<tbody>{body}</tbody></table>")


def image(uri, alt):
    return Html(f'<img src="{uri}" alt="{escape(alt)}">')


def slide_links(guide):
    links = [f'<a href="slides/{escape(target)}">{escape(title)}</a>'
             for target, title in guide.slides]
    return Html(", ".join(links) or "–")


def percent(share):
    return "–" if share is None else f"{100 * share:.0f}%"


def share(flags):
    """The share of True among flags that are not None (None where there is none)."""
    known = [f for f in flags if f is not None]
    return sum(known) / len(known) if known else None


def points(value):
    return f"{round(float(value), 2):g}"


CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
       margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #ddd; }
p.note { color: #555; max-width: 60rem; }
table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.92rem; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 0.3rem 0.6rem; text-align: left;
         vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.glance td:first-child { font-weight: 600; }
img { max-width: 100%; display: block; margin: 0.8rem 0; }
code { font-size: 0.88rem; } .nowrap { white-space: nowrap; }
"""


def render(slug, questions, students, graded, names=False):
    """The report's HTML: one page, nothing to fetch."""
    guides, mistakes = question_guides(slug), catalogue(slug)
    assessed = [s for s in students if s.assessed]
    outcomes = {s.key: question_outcomes(s.results) for s in assessed}
    sections = [f"<h1>Class report: {escape(slug)}</h1>",
                glance_section(students, graded, names),
                questions_section(questions, assessed, outcomes, guides, graded),
                mistakes_section(questions, assessed, outcomes, guides, mistakes),
                cost_section(students, graded, names)]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Class report: {escape(slug)}</title><style>{CSS}</style></head>"
            f"<body>{''.join(sections)}</body></html>\n")


def glance_section(students, graded, names):
    totals = [float(s.row.get("total") or 0) for s in students]
    submissions = unique_submissions(graded)
    ungradable = sum(1 for r in submissions.values()
                     if r.get("extra_data", {}).get("status") == "ungradable")
    several = [s for s in students if len(s.submissions) > 1]
    facts = [("Students", len(students)), ("Submissions", len(submissions)),
             ("Ungradable submissions", ungradable),
             ("Students whose counted submission is ungradable",
              sum(1 for s in students if s.row.get("status") == "ungradable")),
             ("Late submissions",
              len({str(Path(p)) for p, _, who in graded if who.get("late") == "yes"})),
             ("Students whose counted submission is late",
              sum(1 for s in students if s.row.get("late") == "yes")),
             ("Students with several submissions", len(several)),
             ("Duplicate submissions (beyond one per student)",
              sum(len(s.submissions) - 1 for s in several)),
             ("Median score", points(statistics.median(totals)) if totals else "–")]
    maximum = max((r.get("extra_data", {}).get("max_score", 0) for r in submissions.values()),
                  default=0)
    parts = ["<h2 id=glance>The class at a glance</h2>",
             table([], facts, numeric={1}, css_class="glance")]
    if totals:
        parts.append(image(histogram(totals, f"score (out of {maximum:g})",
                                     span=(0, maximum or max(totals) or 1),
                                     marker=statistics.median(totals)),
                           "histogram of the scores"))
    parts.append("<p class=note>Scores of the submission that counts for each student (the "
                 "newest); an ungradable one scores 0.</p>")
    labels = submission_labels(students, names)
    unreadable = [[labels.get(path, "?"), why if names else redact(why, path, graded)]
                  for path, r in submissions.items()
                  if r.get("extra_data", {}).get("status") == "ungradable"
                  for why in [(r.get("output") or "").strip().split("\n")[0]]]
    if unreadable:
        parts.append("<h3>Ungradable submissions</h3>" +
                     table(["submission", "why"], sorted(unreadable)))
    return "".join(parts)


def redact(text, path, graded):
    """`text` without the names of the submission's students or its file's name: some
    messages quote file names, and a download's file names can carry the student's name."""
    words = {Path(path).name, Path(path).stem}
    for other, _, identity in graded:
        if str(Path(other)) == path:
            words |= {identity.get("student", ""), identity.get("email", ""),
                      *identity.get("name", "").split()}
    for word in sorted((w for w in words if len(w) > 2), key=len, reverse=True):
        text = re.sub(re.escape(word), "…", text, flags=re.I)
    return text


def question_maxima(graded):
    """{question: max points}, from the test entries of any result that has them."""
    maxima = {}
    for results in unique_submissions(graded).values():
        for test in results.get("tests", []):
            found = re.match(r"(.+) \((?:public|hidden) tests\)$", test.get("name", ""))
            if found:
                maxima.setdefault(found.group(1), {})[test["name"]] = test.get("max_score", 0)
    return {q: sum(entries.values()) for q, entries in maxima.items()}


def questions_section(questions, assessed, outcomes, guides, graded):
    maxima = question_maxima(graded)
    rows, public_shares, hidden_shares = [], [], []
    for question in questions:
        earned = [float(s.row.get(question) or 0) for s in assessed]
        top = maxima.get(question, max(earned, default=0))
        counts = Counter(earned)
        spread = Html(", ".join(f"<span class=nowrap>{points(p)} pts ×{counts[p]}</span>"
                                for p in sorted(counts, reverse=True)))
        public = share([outcomes[s.key][question]["public"] for s in assessed])
        hidden = share([outcomes[s.key][question]["hidden"] for s in assessed])
        public_shares.append(public)
        hidden_shares.append(hidden)
        gap = (f"{100 * (public - hidden):+.0f}" if public is not None and hidden is not None
               else "–")
        guide = guides.get(question, Guide())
        rows.append([Html(f"<code>{escape(question)}</code>"), guide.section or "–",
                     points(top), points(statistics.mean(earned)) if earned else "–",
                     spread or "–", percent(public), percent(hidden), gap, slide_links(guide)])
    parts = ["<h2 id=questions>Per question</h2>",
             "<p class=note>Over the students whose submission was graded. <em>Points</em>: "
             "how many students got each number of points. <em>Gap</em>: the public pass rate "
             "minus the hidden one, in percentage points; a large gap means the public checks "
             "gave false comfort there.</p>",
             table(["question", "section", "max", "mean", "points: students", "passed public",
                    "passed hidden", "gap", "slides"], rows, numeric={2, 3, 5, 6, 7})]
    if assessed and questions:
        parts.append(image(question_bars(questions, public_shares, hidden_shares),
                           "share of students passing the public and hidden tests"))
    return "".join(parts)


def mistakes_section(questions, assessed, outcomes, guides, mistakes):
    made = defaultdict(list)  # {catalogue id: [labels of the students who made it]}
    for student in assessed:
        for mistake_id in dict.fromkeys(diagnoses(student.results)):
            made[mistake_id].append(student.label)
    known_rows = []
    for mistake_id, who in sorted(made.items(), key=lambda item: (-len(item[1]), item[0])):
        mistake = mistakes.get(mistake_id, UNKNOWN_MISTAKE)
        guide = guides.get(mistake.question, Guide())
        who = sorted(who)
        known_rows.append([Html(f"<code>{escape(mistake_id)}</code>"), len(who),
                           mistake.question, mistake.explanation,
                           guide.section or "–", slide_links(guide),
                           ", ".join(who[:WHO_SHOWN]) +
                           (f" and {len(who) - WHO_SHOWN} more" if len(who) > WHO_SHOWN else "")])
    groups = unexplained_failures(assessed, outcomes, mistakes)
    order = {q: i for i, q in enumerate(questions)}
    ranked = sorted(groups.items(), key=lambda item: (-len(item[1][1]),
                                                      order.get(item[0][0], len(order)), item[0]))
    unexplained_rows = [[q, len(who), example]
                        for (q, _), (example, who) in ranked[:UNEXPLAINED_SHOWN]]
    parts = ["<h2 id=mistakes>Mistakes</h2>", "<h3>Known mistakes</h3>"]
    if known_rows:
        parts.append(table(["mistake", "students", "question", "what goes wrong", "revisit §",
                            "slides", "who"], known_rows, numeric={1}))
    else:
        parts.append("<p class=note>No known mistake was diagnosed (or grading recorded no "
                     "diagnoses).</p>")
    parts.append("<h3>Failures no known mistake explains</h3><p class=note>The first line of "
                 "each failed test's message, with numbers normalised so that one mistake "
                 "groups together; students counted once per group. Frequent ones are the next "
                 "candidates for the catalogue in <code>tests/bugs/</code>.</p>")
    if unexplained_rows:
        parts.append(table(["question", "students", "message (one example)"], unexplained_rows,
                           numeric={1}))
        if len(ranked) > UNEXPLAINED_SHOWN:
            parts.append(f"<p class=note>and {len(ranked) - UNEXPLAINED_SHOWN} more "
                         f"groups.</p>")
    else:
        parts.append("<p class=note>None.</p>")
    return "".join(parts)


def unexplained_failures(assessed, outcomes, mistakes):
    """{(question, pattern): (an example message, {student keys})} for failures on
    questions where none of the student's diagnosed mistakes lies."""
    groups = {}
    for student in assessed:
        explained = {mistakes[m].question for m in diagnoses(student.results) if m in mistakes}
        for question, outcome in outcomes[student.key].items():
            if question in explained:
                continue
            for message in outcome["failures"]:
                pattern = failure_pattern(message)
                example = NOT_ATTEMPTED_GROUP if pattern == NOT_ATTEMPTED_GROUP else message
                _, who = groups.setdefault((question, pattern), (example, set()))
                who.add(student.key)
    return groups


def submission_labels(students, names):
    """{submission path: how the report names it}: the student's label and, anonymously,
    its number among the student's submissions instead of its file name."""
    labels = {}
    for student in students:
        for number, (path, _) in enumerate(sorted(student.submissions, key=lambda e: e[0].name), 1):
            labels[str(path)] = (f"{student.label}: {path.name}" if names else
                                 f"{student.label}, submission {number} of "
                                 f"{len(student.submissions)}")
    return labels


def cost_section(students, graded, names):
    """Grading time and peak memory per submission that ran (ungradable ones are answered
    at once and would only pile up at zero)."""
    label = submission_labels(students, names)
    ran = [(path, r) for path, r in unique_submissions(graded).items()
           if r.get("extra_data", {}).get("status") != "ungradable"]
    seconds = [float(r.get("execution_time") or 0) for _, r in ran]
    memory = [r["extra_data"]["peak_memory_mb"] for _, r in ran
              if r.get("extra_data", {}).get("peak_memory_mb") is not None]
    parts = ["<h2 id=cost>What grading cost</h2>"]
    if not ran:
        return parts[0] + "<p class=note>No submission was graded.</p>"
    facts = [("Submissions graded", len(ran)),
             ("Median time", f"{statistics.median(seconds):.1f} s"),
             ("Longest time", f"{max(seconds):.1f} s"),
             ("Median peak memory", f"{statistics.median(memory):.0f} MB" if memory else
              "not recorded"),
             ("Largest peak memory", f"{max(memory):.0f} MB" if memory else "not recorded")]
    parts.append(table([], facts, numeric={1}, css_class="glance"))
    parts.append(image(histogram(seconds, "grading time per submission (s)"),
                       "histogram of grading times"))
    if memory:
        parts.append(image(histogram(memory, "peak memory per submission (MB)"),
                           "histogram of peak memory"))
    slowest = sorted(ran, key=lambda entry: -float(entry[1].get("execution_time") or 0))[:SLOWEST]
    parts.append("<h3>Slowest submissions</h3>")
    parts.append(table(["submission", "seconds", "peak MB", "status"], [
        [label.get(path, "?"), f"{float(r.get('execution_time') or 0):.1f}",
         r["extra_data"].get("peak_memory_mb", "–"), r["extra_data"].get("status", "?")]
        for path, r in slowest], numeric={1, 2}))
    return "".join(parts)


# ---------------------------------------------------------------------------- CSV

def csv_rows(slug, students, names):
    """One row per student: the known mistakes diagnosed in the submission that counts,
    what to revisit for each, and the questions failed for no known reason. Names and
    emails only with `names`, as in the HTML."""
    guides, mistakes = question_guides(slug), catalogue(slug)
    rows = []
    for student in sorted(students, key=lambda s: s.label):
        found = list(dict.fromkeys(diagnoses(student.results)))
        explained = {mistakes[m].question for m in found if m in mistakes}
        revisit, hints = [], []
        for mistake_id in found:
            mistake = mistakes.get(mistake_id, UNKNOWN_MISTAKE)
            guide = guides.get(mistake.question, Guide())
            revisit.append(" ".join(filter(None, [guide.section] +
                                           [f"slides/{t}" for t, _ in guide.slides])) or "?")
            hints.append(mistake.explanation)
        failed = [q for q, o in question_outcomes(student.results).items()
                  if o["failures"] and q not in explained] if student.assessed else []
        identity = ({k: student.row.get(k, "") for k in ("student", "name", "sid", "email",
                                                          "submission")} if names else {})
        rows.append({"label": student.label, **identity,
                     "total": points(student.row.get("total") or 0),
                     "status": student.row.get("status", ""),
                     "late": student.row.get("late", ""), "diagnoses": "; ".join(found),
                     "questions": "; ".join(mistakes.get(m, UNKNOWN_MISTAKE).question
                                            for m in found),
                     "revisit": " | ".join(revisit), "hints": " | ".join(hints),
                     "unexplained_failures": "; ".join(failed)})
    return rows


def write_csv(rows, path):
    columns = list(rows[0]) if rows else ["label", "diagnoses"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)


# ---------------------------------------------------------------------------- command

def write_report(slug, questions, rows, graded, out, names=False):
    """Write `out` (HTML) and report.csv beside it; returns the CSV's path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    students = class_students(rows, graded, names)
    out.write_text(render(slug, questions, students, graded, names), encoding="utf-8")
    csv_path = out.with_name("report.csv")
    write_csv(csv_rows(slug, students, names), csv_path)
    return csv_path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m autograder.report",
                                     description="A class report for instructors.")
    parser.add_argument("slug")
    parser.add_argument("path", help="the submissions: a file or a folder")
    parser.add_argument("--out", default="report.html")
    parser.add_argument("--results", default="results")
    parser.add_argument("--names", action="store_true",
                        help="show the students' names (default: anonymous labels)")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--unsandboxed", action="store_true",
                        help="grade what is not graded yet even without walls (as make grade)")
    args = parser.parse_args(argv)

    from .__main__ import refuse_without_walls
    from .build import build
    from .gradebook import assignment_config, grade_class
    refuse_without_walls(args.unsandboxed)  # what is not graded yet runs students' code
    assignment = course.get(args.slug)
    zip_path = course.DIST / "autograder" / f"{assignment.slug}.zip"
    if not zip_path.exists():
        zip_path = build(assignment, release=False)
    questions = assignment_config(zip_path)["questions"]
    rows, graded = grade_class(zip_path, args.path, results_dir=args.results,
                               workers=args.workers)
    csv_path = write_report(assignment.slug, questions, rows, graded, args.out, args.names)
    print(f"{len(rows)} student(s), {len(unique_submissions(graded))} submission(s): report in "
          f"{args.out}, per-student diagnoses in {csv_path}")
    if not (Path(args.out).parent / "slides").is_dir():
        print("The slide links point at slides/ beside the report: copy dist/slides/ there "
              "(make slides builds it).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
