"""Naming a known mistake: what the grader says, where, and from which results."""
from autograder.grade import fingerprint, results_for
from autograder.testfiles import Case, Question

QUESTION = Question("q2_softmax", [Case("test_public", None, 1, False), Case("test_hidden", None, 1, True)])
KNOWN = {"q2_softmax": {"softmax_global_max": {
    "mistake": "softmax subtracts one max for the whole batch.",
    "failures": {"test_public": "softmax(x): expected #, got #", "test_hidden": "softmax(y): expected #, got nan"},
    "slide": "“Softmax” (slides/01_numpy_backprop.html#softmax)"}}}


def graded(public, hidden):
    outcomes = {"q2_softmax": [public, hidden]}
    results = results_for([QUESTION], outcomes, "notes", "graded", 0.0, KNOWN)
    return {t["visibility"]: t["output"] for t in results["tests"]}, results["extra_data"]


def test_numbers_do_not_matter_in_a_fingerprint():
    assert fingerprint("f(x): expected 0.25, got -1.5e-05\n    Read again: §3") == "f(x): expected #, got #"


def test_a_matching_submission_is_named_in_each_failing_entry():
    outputs, extra = graded((False, "softmax(x): expected 1, got 2\n    Read again: §3 Softmax"),
                            (False, "softmax(y): expected 0.5, got nan\n    Read again: §3 Softmax"))
    for output in outputs.values():
        assert ("This looks like a known mistake: softmax subtracts one max for the whole batch. "
                "Read again §3 Softmax and the slide “Softmax” (slides/01_numpy_backprop.html#softmax).") in output
    assert extra["diagnoses"] == ["softmax_global_max"]


def test_public_entries_are_named_from_public_results_only():
    """Hidden results never shape what a student sees before the due date: a public
    failure that matches is named there even when the hidden tests fail otherwise, and a
    public pass is never named because of hidden failures."""
    outputs, extra = graded((False, "softmax(x): expected 1, got 2"), (False, "softmax(y): other failure"))
    assert "This looks like" in outputs["visible"] and "This looks like" not in outputs["after_due_date"]
    assert "diagnoses" not in extra
    outputs, extra = graded((True, "passed"), (False, "softmax(y): expected 0.5, got nan"))
    assert "This looks like" not in outputs["visible"]


def test_passing_and_unknown_failures_are_not_named():
    outputs, extra = graded((True, "passed"), (True, "passed"))
    assert not any("This looks like" in o for o in outputs.values()) and "diagnoses" not in extra
    outputs, extra = graded((False, "softmax(x): expected shape (2,), got shape (3,)"), (True, "passed"))
    assert not any("This looks like" in o for o in outputs.values()) and "diagnoses" not in extra


def test_references_are_bound_and_then_undone():
    """checks.references, on the student's side: the names are the reference solution's
    while the block is open (observers included), the student's own afterwards."""
    from autograder.worker import References
    namespace = {"td_target": "student's", "dqn_loss": lambda: namespace["td_target"]()}
    source = "def td_target():\n    return 'reference'\n"
    observe = ("observed = []\n_reference = td_target\n"
               "def td_target():\n    observed.append('called')\n    return _reference()\n")
    references = References()
    references.bind(namespace, source, ["td_target"], observe)
    assert namespace["dqn_loss"]() == "reference"
    assert references.unbind(namespace) == ["called"]
    assert namespace["td_target"] == "student's"
    references.bind(namespace, source, ["td_target"])
    references.bind(namespace, source, ["td_target"])
    references.unbind(namespace)
    assert namespace["td_target"]() == "reference"
    references.unbind(namespace)
    assert namespace["td_target"] == "student's"


def test_a_name_the_student_never_defined_is_removed_again():
    from autograder.worker import References
    namespace, references = {}, References()
    references.bind(namespace, "def linear_schedule(t):\n    return t\n", ["linear_schedule"])
    assert namespace["linear_schedule"](3) == 3
    references.unbind(namespace)
    assert "linear_schedule" not in namespace
