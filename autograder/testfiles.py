"""Otter's exception-based test files (`tests/<question>.py`), read without importing Otter.

Importing Otter costs over a second per grading; its test-file format is small: module
globals `name` and `points`, and functions decorated with `@test_case(...)`. The point
rules below are Otter's (`TestFile.resolve_test_file_points`); the regression suite
checks that both agree on every built test file.
"""
import builtins
import inspect
import types
from dataclasses import dataclass
from pathlib import Path


class test_case:
    """Same signature as `otter.test_files.test_case`."""

    def __init__(self, name=None, points=None, hidden=False, success_message=None,
                 failure_message=None):
        self.name = name
        self.points = points
        self.hidden = hidden
        self.failure_message = failure_message
        self.function = None

    def __call__(self, function):
        self.function = function
        return self


@dataclass
class Case:
    name: str
    function: object
    points: float
    hidden: bool

    @property
    def parameters(self):
        return list(inspect.signature(self.function).parameters)


@dataclass
class Question:
    name: str
    cases: list

    @property
    def points(self):
        return sum(case.points for case in self.cases)


def _import(name, *args, **kwargs):
    if name in ("otter.test_files", "otter"):
        module = types.ModuleType(name)
        module.test_case = test_case
        module.test_files = module
        return module
    return builtins.__import__(name, *args, **kwargs)


def resolve_points(total, declared):
    """Otter's rule: a list gives each case its points; a number is shared evenly among
    the cases that declare none; with no total, undeclared cases share 1 point when
    nothing else is declared, and get 0 otherwise."""
    if isinstance(total, list):
        if len(total) != len(declared):
            raise ValueError("the points list and the test cases differ in length")
        return [float(p) for p in total]
    fixed = sum(p for p in declared if p is not None)
    open_count = sum(p is None for p in declared)
    if total is not None:
        if fixed > total:
            raise ValueError("the test cases declare more points than the question has")
        share = (total - fixed) / open_count if open_count else 0.0
    elif fixed == 0:
        share = 1 / open_count if open_count else 0.0
    else:
        share = 0.0
    return [float(p if p is not None else share) for p in declared]


# Whether this process has read a test: then it must never fork a student process.
loaded_any = False


def load_question(path):
    global loaded_any
    loaded_any = True
    path = Path(path)
    env = {"__builtins__": {**vars(builtins), "__import__": _import}}
    exec(compile(path.read_text(), str(path), "exec"), env)
    decorated = [value for value in env.values() if isinstance(value, test_case)]
    points = resolve_points(env.get("points"), [case.points for case in decorated])
    cases = [Case(name=case.name or case.function.__name__, function=case.function,
                  points=p, hidden=bool(case.hidden)) for case, p in zip(decorated, points)]
    return Question(name=env["name"], cases=cases)


def load_questions(tests_dir, names):
    return [load_question(Path(tests_dir) / f"{name}.py") for name in names]
