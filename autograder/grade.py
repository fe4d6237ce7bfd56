"""Grade one submission against an unpacked autograder (the zip's contents).

Returns Gradescope's results.json as a dict, always: a submission that cannot be graded
gets zero points and a message that says why. Tests run in this process; the student's
code runs in another (sandbox.py) and is reached only through calls.
"""
import contextlib
import importlib
import json
import sys
import tempfile
import time
from pathlib import Path

from . import codec, forkserver, isolation, testfiles
from .sandbox import STUDENT_ENV, Limits, StudentError, StudentProcess, start_forked_worker
from .submission import SubmissionProblem, read_code_cells
from .testfiles import load_questions

# Test parameters with these names get the checker's own module, never the student's.
CHECKER_MODULES = {"np": "numpy", "numpy": "numpy", "math": "math", "torch": "torch",
                   "nn": "torch.nn", "F": "torch.nn.functional", "gym": "gymnasium",
                   "gymnasium": "gymnasium"}
# A student global bound to one of these modules is given to tests as the checker's own copy.
SAFE_MODULES = set(CHECKER_MODULES.values()) | {"random", "collections", "itertools", "copy"}
PUBLIC, HIDDEN = "visible", "after_due_date"
# Bounds on what results.json holds, whatever the submission does (about 1 MB at most).
MAX_CELL_NOTES, MAX_NOTE_CHARS = 20, 4_000
MAX_OUTPUT_CHARS, MAX_TEST_OUTPUT_CHARS = 100_000, 20_000


class StudentFunction:
    """What a test receives for a function (or class) the student defined."""

    def __init__(self, process, name):
        self._process = process
        self._name = name

    def __call__(self, *args, **kwargs):
        return self._process.request({"op": "call", "name": self._name, "args": list(args),
                                      "kwargs": kwargs}, f"your `{self._name}`")

    def __repr__(self):
        return f"<your function {self._name}>"


class StudentObject(codec.Reference):
    """What a test receives for an object that lives in the student's process (a model,
    an optimizer): calls, attributes, iteration and len() are carried out there."""

    def __init__(self, process, handle, type_name, is_callable, generation):
        super().__init__(handle, type_name)
        self._process = process
        self._generation = generation

    def _ask(self, message, what):
        if self._generation != self._process.generation:
            raise StudentError(f"your {self._type_name} object was lost when your code ended "
                               f"its process")
        return self._process.request({**message, "ref": self._handle}, what)

    def __call__(self, *args, **kwargs):
        return self._ask({"op": "call", "args": list(args), "kwargs": kwargs},
                         f"calling your {self._type_name} object")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._ask({"op": "getattr", "attribute": name},
                         f"reading `.{name}` of your {self._type_name} object")

    def __iter__(self):
        return iter(self._ask({"op": "iter"}, f"iterating over your {self._type_name} object"))

    def __len__(self):
        try:
            return self._ask({"op": "len"}, f"len() of your {self._type_name} object")
        except StudentError as error:  # no len(): list() then iterates, as with a local object
            if "raised TypeError" in str(error):
                raise TypeError(str(error)) from None
            raise

    def is_instance_of(self, dotted_class):
        """Whether the object can stand for an instance of `dotted_class`, judged here:
        the student's process, which could answer anything, is never asked a yes-or-no
        question. The object must show, as plain data, what instances of that family of
        classes show (`looks_like`); for a library class such as nn.Conv2d or nn.Dropout,
        its class's name must also be that class's or a subclass's in the same module."""
        module_name, _, class_name = dotted_class.rpartition(".")
        cls = getattr(importlib.import_module(module_name), class_name)
        for base, looks in looks_like().items():
            if issubclass(cls, base):
                try:
                    return looks(self) is True and self._named_as(cls, base)
                except (StudentError, AttributeError, KeyError, TypeError):
                    return False  # no such attribute, or it raised
        raise StudentError(f"the grader cannot tell whether your {self._type_name} object is "
                           f"a {dotted_class}")

    def _named_as(self, cls, family):
        if cls is family or cls.__name__.endswith("Wrapper"):  # meant to be subclassed
            return True
        named = getattr(sys.modules.get(cls.__module__), self._type_name, None)
        return isinstance(named, type) and issubclass(named, cls)

    def __repr__(self):
        return f"<your {self._type_name} object>"


def looks_like():
    """{base class: what an instance of it (or of a subclass) shows as plain data}: the
    families of student-side objects the tests ask the type of."""
    import torch

    def module(obj):
        return type(obj.training) is bool and all(isinstance(p, torch.Tensor)
                                                  for p in callable_of(obj.parameters)())

    def optimizer(obj):
        groups = obj.param_groups
        return (type(groups) is list and bool(groups) and
                all(type(g) is dict and all(isinstance(p, torch.Tensor) for p in g["params"])
                    for g in groups))

    def distribution(obj):
        shape = obj.batch_shape
        return type(shape) is tuple and all(type(n) is int for n in shape) and \
            isinstance(callable_of(obj.sample)(), torch.Tensor)

    families = {torch.nn.Module: module, torch.optim.Optimizer: optimizer,
                torch.distributions.Distribution: distribution}
    try:
        import gymnasium
    except ImportError:
        return families

    def space(obj):
        return obj.shape is None or type(obj.shape) is tuple

    def env(obj):
        return all(isinstance(getattr(obj, name), StudentObject) for name in ("reset", "step"))

    return {**families, gymnasium.Space: space, gymnasium.Env: env}


def callable_of(reference):
    """`reference` if it is a student-side object (a method), else a TypeError."""
    if not isinstance(reference, StudentObject):
        raise TypeError("not a method")
    return reference


class StudentModules:
    """The test parameter `student`: `student.torch` is the torch of the student's process,
    for building objects that must live beside the student's model (optimizers, losses).
    Never use it to make test inputs or to compare results."""

    def __init__(self, process, reference_source=None):
        self._process = process
        self._reference_source = reference_source

    def __getattr__(self, module):
        if module.startswith("_"):
            raise AttributeError(module)
        return self._process.request({"op": "import", "module": module}, f"importing {module}")

    @contextlib.contextmanager
    def references(self, names, observe=None):
        """While open, the student's names `names` are the reference solution's (checks.py,
        `references`); yields a function that returns what `observe` recorded so far."""
        if self._reference_source is None:
            raise RuntimeError("this autograder has no references.py")
        self._process.request({"op": "bind", "source": self._reference_source,
                               "names": list(names), "observe": observe},
                              "the grader, putting the reference solution in place of "
                              + ", ".join(f"your `{n}`" for n in names))
        generation = self._process.generation  # after the bind: it may have restarted the process
        observed = {}

        def record():
            return observed.get("value")
        try:
            yield record
        finally:  # a process that ended took the bindings with it
            if self._process.generation == generation and self._process.proc is not None:
                observed["value"] = self._process.request({"op": "unbind"}, "the grader")


class Missing:
    """What a test receives for a name the notebook does not define."""

    def __init__(self, name, hint):
        self._message = f"`{name}` is not defined in your notebook. {hint}"

    def __call__(self, *args, **kwargs):
        raise StudentError(self._message)

    def __getattr__(self, attribute):
        raise StudentError(self._message)


def load_config(source):
    return json.loads((Path(source) / "assignment.json").read_text())


class Namespace:
    """Resolves a test's parameter names: checker modules, or the student's names."""

    def __init__(self, process, reference_source=None):
        self.process = process
        self.reference_source = reference_source
        self.cache = {}

    def __getitem__(self, name):
        if name == "student":
            return StudentModules(self.process, self.reference_source)
        if name in CHECKER_MODULES:
            return importlib.import_module(CHECKER_MODULES[name])
        if name not in self.cache:
            found = self.process.lookup(name)
            if found["kind"] == "callable":
                self.cache[name] = StudentFunction(self.process, name)
            elif found["kind"] == "value":
                self.cache[name] = found["value"]
            elif found["kind"] == "module" and found["module"] in SAFE_MODULES:
                self.cache[name] = importlib.import_module(found["module"])
            else:
                self.cache[name] = Missing(name, self._hint())
        return self.cache[name]

    def _hint(self):
        if self.process.cell_errors:
            return ("Keep its name as given, and fix the cells that raised errors (listed at "
                    "the top of this report): a cell that fails stops before defining it.")
        return "Keep the function's name exactly as given in the notebook."


def run_case(case, namespace):
    """(passed, message) for one test case."""
    try:
        case.function(**{name: namespace[name] for name in case.parameters})
    except AssertionError as failure:
        return False, str(failure) or "a check failed"
    except StudentError as error:
        return False, str(error)
    except Exception as error:  # the test tripped over what the student's code returned
        return False, f"the returned value could not be checked ({type(error).__name__}: {error})"
    return True, "passed"


def _entry(question, cases, results, visibility, label, diagnosis=()):
    score = sum(case.points for case, (passed, _) in zip(cases, results) if passed)
    max_score = sum(case.points for case in cases)
    lines = [f"{'PASS' if passed else 'FAIL'} {case.name}"
             + ("" if passed else f"\n    {clip(msg, MAX_NOTE_CHARS)}")
             for case, (passed, msg) in zip(cases, results)]
    lines += diagnosis
    return {"name": f"{question.name} ({label})", "score": round(score, 6),
            "max_score": round(max_score, 6),
            "status": "passed" if score == max_score else "failed",
            "visibility": visibility, "output": clip("\n".join(lines), MAX_TEST_OUTPUT_CHARS)}


def results_for(questions, outcomes, output, status, seconds, known_mistakes=None):
    """Gradescope's results.json: one entry for the public and one for the hidden tests of
    each question; hidden results are shown after the due date. Failures that match a
    known mistake's (`known_mistakes`) say so in the entry where they show."""
    tests, per_question, diagnoses = [], {}, []
    for question in questions:
        results = outcomes.get(question.name) or [(False, "not graded")] * len(question.cases)
        per_question[question.name] = round(
            sum(c.points for c, (ok, _) in zip(question.cases, results) if ok), 6)
        mistakes = (known_mistakes or {}).get(question.name, {})
        for hidden, visibility, label in ((False, PUBLIC, "public tests"),
                                          (True, HIDDEN, "hidden tests")):
            chosen = [(c, r) for c, r in zip(question.cases, results) if c.hidden == hidden]
            # Public entries are diagnosed from the public results alone: nothing of the
            # hidden tests shows before the due date.
            seen = [(c, r) for c, r in zip(question.cases, results) if hidden or not c.hidden]
            found = diagnose(seen, mistakes) if outcomes else []
            if hidden:
                diagnoses += found
            if chosen:
                failed = any(not passed for _, (passed, _) in chosen)
                lines = [mistake_line(mistakes[bug], seen) for bug in found] if failed else []
                tests.append(_entry(question, *zip(*chosen), visibility, label, lines))
    score = round(sum(per_question.values()), 6)
    extra = {"status": status, "questions": per_question,
             "max_score": round(sum(q.points for q in questions), 6)}
    if diagnoses:
        extra["diagnoses"] = diagnoses
    return {"score": score, "execution_time": round(seconds, 2),
            "output": clip(output, MAX_OUTPUT_CHARS),
            "output_format": "text", "visibility": "visible", "stdout_visibility": "hidden",
            "tests": tests, "extra_data": extra}


def fingerprint(message):
    """A failure's first line with its numbers left out: what a mistake shows, whatever
    the inputs were."""
    import re
    lines = (message or "").strip().splitlines()
    first = lines[0].strip() if lines else ""
    return re.sub(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?", "#", first)


def diagnose(cases, mistakes):
    """The known mistakes (ids) whose failures, restricted to `cases`, are exactly the
    failures among `cases`: the same tests failing, each with the same fingerprint."""
    failing = {case.name: fingerprint(message) for case, (passed, message) in cases if not passed}
    if not failing:
        return []
    names = {case.name for case, _ in cases}
    return [bug for bug, mistake in sorted(mistakes.items())
            if {n: f for n, f in mistake["failures"].items() if n in names} == failing]


def mistake_line(mistake, cases):
    slide = f" and the slide {mistake['slide']}" if mistake.get("slide") else ""
    see = ""
    for case, (passed, message) in cases:
        if not passed and "Read again: " in message:
            see = f" Read again {message.split('Read again: ', 1)[1].splitlines()[0]}{slide}."
            break
    return f"This looks like a known mistake: {mistake['mistake']}{see}"


def _fork_server(config):
    """A ForkServer that preloads the modules both sides import (the assignment's
    `preload`) and, in the server alone, those only the student's code imports
    (`student_preload`). A stand-in for none where forking is unsafe or impossible: tests
    this process has read would be copied into the student's memory."""
    if forkserver.available() and not testfiles.loaded_any:
        try:
            return forkserver.ForkServer(config.get("preload", ["numpy"]), start_forked_worker,
                                         config.get("student_preload", []), STUDENT_ENV)
        except OSError:
            pass
    return contextlib.nullcontext()


def grade(submission, source, log_path=None, hidden=(), only=()):
    """Grade `submission` (a notebook or export zip) with the autograder in `source`.
    `hidden`: folders the student's process must not see (the tests among them).
    `only`: question names to grade, the others left out (the regression suite's known bugs,
    which need only their own question); empty: all, as on Gradescope."""
    started = time.monotonic()
    source = Path(source)
    config = load_config(source)
    limits = Limits(**config.get("limits", {}))
    hidden = [source, *hidden]
    try:  # first, so that a submission that cannot be graded costs no preload
        cells = read_code_cells(submission, config["slug"], config["notebook"])
    except SubmissionProblem as problem:
        return ungradable(source, f"Not graded: {problem}")
    StudentProcess.walls()  # found while this process is small: it forks to find out
    with _fork_server(config) as server:  # forked before any test is read
        names = [q for q in config["questions"] if not only or q in only]
        questions = load_questions(source / "tests", names)
        files = [source / name for name in config.get("support_files", [])]
        process = StudentProcess(cells, files, limits, log_path, hidden, server)
        references = source / "files" / "references.py"
        outcomes, notes, hidden_notes, status = run_questions(
            process, questions, references.read_text() if references.is_file() else None)
    output = "\n\n".join(notes + [_summary(questions, outcomes)])
    results = results_for(questions, outcomes, output, status, time.monotonic() - started,
                          known_mistakes(source))
    results["extra_data"].update(walls_record())
    if hidden_notes:  # for the course staff only: Gradescope shows extra_data to no student
        results["extra_data"]["hidden_notes"] = [clip(n, MAX_NOTE_CHARS) for n in hidden_notes]
    return results


def known_mistakes(source):
    """{question: {bug id: {"mistake", "failures", "slide"}}} from the zip's
    known_mistakes.json (tests/catalogue.py --record writes it from the catalogue)."""
    path = Path(source) / "known_mistakes.json"
    if not path.is_file():
        return {}
    mistakes = {}
    for bug, entry in json.loads(path.read_text()).items():
        mistakes.setdefault(entry["question"], {})[bug] = entry
    return mistakes


def walls_record():
    """What the results say about the walls the student's code ran in (README, Security)."""
    tier = StudentProcess.tier or isolation.detect_tier()
    record = {"isolation": tier}
    if tier == isolation.USERS:
        record["landlock"] = isolation.landlock_abi() > 0
    if tier == isolation.NONE:
        record["warning"] = ("graded WITHOUT walls: the student's code ran as the grader's "
                             "own user and could have changed its grade")
    return record


def run_questions(process, questions, reference_source=None):
    """(outcomes, notes, hidden_notes, status): run the notebook in `process`, then the
    public test cases of every question, then the hidden ones; the process is closed at
    the end. What the student sees (the public results and `notes`) is settled before the
    first hidden call: nothing a hidden test passes to the student's code, and nothing
    that happens after (a cell error on a restart), can reach it (`hidden_notes`)."""
    outcomes = {q.name: [(False, "not graded")] * len(q.cases) for q in questions}
    with process:
        process.reference_type = StudentObject
        try:
            process.run_notebook()
        except StudentError as error:
            notes = cell_notes(process, process.cell_errors)
            notes.append(f"Grading stopped early: {error}. Questions not reached score 0.")
            return outcomes, notes, [], "stopped"
        namespace = Namespace(process, reference_source)
        visible_errors = {}
        tempfile.tempdir = str(process.shared)  # the tests' temporary folders, which the
        try:  # student's code may be asked to read
            for hidden in (False, True):
                if hidden:
                    visible_errors = dict(process.cell_errors)
                for question in questions:
                    for index, case in enumerate(question.cases):
                        if case.hidden == hidden:
                            outcomes[question.name][index] = run_case(case, namespace)
        finally:
            tempfile.tempdir = None
        later = {i: e for i, e in process.cell_errors.items() if visible_errors.get(i) != e}
    return (outcomes, cell_notes(process, visible_errors), cell_notes(process, later),
            "graded")


def cell_notes(process, errors):
    """One note per cell that raised, the first MAX_CELL_NOTES of them."""
    notes = []
    for index, error in sorted(errors.items())[:MAX_CELL_NOTES]:
        first_line = (process.cells[index].strip().splitlines() or [""])[0][:60]
        notes.append(f"Code cell {index + 1} (starting `{first_line}`) raised an error while "
                     f"the grader ran your notebook:\n    {error}")
    if len(errors) > MAX_CELL_NOTES:
        notes.append(f"... and {len(errors) - MAX_CELL_NOTES} more cells raised errors.")
    return notes


def points(value):
    """A score as people read it: at most two decimals, no trailing zeros (36.67, 50, 0.5)."""
    return f"{round(float(value or 0), 2) + 0.0:.2f}".rstrip("0").rstrip(".")  # + 0.0: no "-0"


def _summary(questions, outcomes):
    public = [(c, r) for q in questions for c, r in zip(q.cases, outcomes.get(q.name, []))
              if not c.hidden]
    earned = sum(c.points for c, (ok, _) in public if ok)
    total = sum(c.points for q in questions for c in q.cases if not c.hidden)
    return (f"Public tests: {points(earned)} of {points(total)} points. Hidden tests, with "
            f"other inputs, decide the rest of the grade; their results appear after the due "
            f"date.")


def clip(text, limit):
    """`text`, cut to `limit` characters with a note saying so."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[... {len(text) - limit} more characters not shown]"


def ungradable(source, message, status="ungradable"):
    """Zero points on every question, with `message` saying why."""
    try:
        config = load_config(source)
        questions = load_questions(Path(source) / "tests", config["questions"])
    except Exception:
        questions = []
    results = results_for(questions, {}, message, status, 0.0)
    results["extra_data"].update(walls_record())
    return results
