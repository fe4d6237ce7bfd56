"""Checks shared by every assignment's tests.

Each failure names what was checked, what was expected, what came back (type, shape,
dtype, value, index) and where the theory is explained, so a student can act on it.
This file ships with the student release: it holds no reference values.
"""
from contextlib import contextmanager

import numpy as np


def _fail(what, message, see):
    text = f"{what}: {message}"
    if see:
        text += f"\n    Read again: {see}"
    raise AssertionError(text)


@contextmanager
def explain_failures(see):
    """Wrap a test's checks so that every failure says where to read again. An exception
    raised by the student's code, or by a check tripping over what it returned, becomes an
    AssertionError that names it and `see`, as the checks' own failures do. In the grader
    the student's code runs in another process, and its exceptions arrive as the grader's
    StudentError, whose text already names the call. A check's own AssertionError passes
    through unchanged."""
    try:
        yield
    except AssertionError:
        raise
    except Exception as raised:
        if type(raised).__name__ == "StudentError":
            text = str(raised)
        else:
            text = (f"{type(raised).__name__}: {raised} (raised while calling your code or "
                    f"checking what it returned)")
        if see:
            text += f"\n    Read again: {see}"
        raise AssertionError(text) from None


def _is_integer(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _number(value):
    """An integer as an integer (1686180, not 1.68618e+06), any other number to 6 digits."""
    if _is_integer(value):
        return str(int(value))
    return f"{float(value):.6g}"


def _describe(value):
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    return f"{type(value).__name__} {value!r}"[:200]


def _not_implemented(value, what, see):
    if value is None:
        _fail(what, "returned None. Replace the `...` with your code and `return` the result.", see)
    if value is Ellipsis:
        _fail(what, "returned `...`: the stub is not filled in yet.", see)


def expect_array(got, expected, what, see="", rtol=1e-6, atol=1e-8):
    """Fail unless `got` is an ndarray with `expected`'s shape whose values match within
    |got - expected| <= atol + rtol * |expected| (NumPy's allclose rule)."""
    expected = np.asarray(expected)
    _not_implemented(got, what, see)
    if not isinstance(got, np.ndarray):
        _fail(what, f"expected a NumPy array of shape {expected.shape}, got {_describe(got)}.", see)
    if got.shape != expected.shape:
        _fail(what, f"expected shape {expected.shape}, got shape {got.shape}.", see)
    if expected.dtype.kind in "fc" and got.dtype.kind not in "fciub":
        _fail(what, f"expected numbers, got dtype {got.dtype}.", see)
    if expected.dtype.kind in "iub" and got.dtype.kind not in "iub":
        _fail(what, f"expected an integer array, got dtype {got.dtype}.", see)
    got_f = got.astype(np.float64)
    want = expected.astype(np.float64)
    finite = np.isfinite(want)
    if not np.all(np.isfinite(got_f[finite])):
        index = tuple(int(i) for i in np.argwhere(finite & ~np.isfinite(got_f))[0])
        where = f" at index {index}" if index else ""
        _fail(what, f"got {got_f[index]}{where}, expected {want[index]:.6g} "
                    f"(overflow or division by zero?).", see)
    bad = ~np.isclose(got_f, want, rtol=rtol, atol=atol)
    if np.any(bad) and got_f.ndim == 0:  # a scalar: no index, no count of entries
        _fail(what, f"expected {want[()]:.6g}, got {got_f[()]:.6g} (tolerance {atol:g} + "
                    f"{rtol:g}*|expected|).", see)
    if np.any(bad):
        index = tuple(int(i) for i in np.argwhere(bad)[0])
        worst = float(np.max(np.abs(got_f - want)[finite])) if finite.any() else float("nan")
        _fail(what, f"wrong value at index {index}: expected {want[index]:.6g}, got "
                    f"{got_f[index]:.6g} ({int(bad.sum())} of {bad.size} entries differ; "
                    f"largest error {worst:.3g}, tolerance {atol:g} + {rtol:g}*|expected|).", see)


def expect_close(got, expected, what, see="", rtol=1e-6, atol=1e-8):
    """Fail unless `got` is a real number (a Python or NumPy scalar, or a size-1 array)
    within atol + rtol * |expected| of `expected`. An integer compared with an integer
    (a count, a length) must be equal: no tolerance."""
    _not_implemented(got, what, see)
    if isinstance(got, np.ndarray) and got.size == 1:
        got = got.reshape(())[()]
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, float, np.integer, np.floating)):
        _fail(what, f"expected a number close to {_number(expected)}, got {_describe(got)}.", see)
    if _is_integer(got) and _is_integer(expected):
        if int(got) != int(expected):
            _fail(what, f"expected {_number(expected)}, got {_number(got)}.", see)
        return
    got = float(got)
    if not np.isfinite(got) and np.isfinite(expected):
        _fail(what, f"expected {_number(expected)}, got {got} (overflow, log(0) or division by "
                    f"zero?).", see)
    if not np.isclose(got, expected, rtol=rtol, atol=atol):
        _fail(what, f"expected {_number(expected)}, got {got:.6g} (tolerance {atol:g} + "
                    f"{rtol:g}*|expected|).", see)


def expect_tuple(got, length, what, see=""):
    """Fail unless `got` is a tuple or list of `length` items; return it as a tuple."""
    _not_implemented(got, what, see)
    if not isinstance(got, (tuple, list)) or len(got) != length:
        _fail(what, f"expected a tuple of {length} values, got {_describe(got)}.", see)
    return tuple(got)


def expect_dict(got, keys, what, see=""):
    """Fail unless `got` is a dict holding every key in `keys`; return it."""
    _not_implemented(got, what, see)
    if not isinstance(got, dict):
        _fail(what, f"expected a dict with keys {sorted(keys)}, got {_describe(got)}.", see)
    missing = sorted(set(keys) - set(got))
    if missing:
        _fail(what, f"the dict is missing the keys {missing} (it has {sorted(got)}).", see)
    return got


def expect_true(condition, what, message, see=""):
    """Fail with `message` unless `condition` holds."""
    if not bool(condition):
        _fail(what, message, see)


def make_moons(n_samples, noise, rng):
    """Two interleaving half circles, as in scikit-learn's make_moons.

    Returns X: (n_samples, 2) float64 and y: (n_samples,) int64 labels in {0, 1}.
    rng: a numpy.random.Generator; the same rng state gives the same data.
    """
    n_out = n_samples // 2
    n_in = n_samples - n_out
    t_out = np.linspace(0, np.pi, n_out)
    t_in = np.linspace(0, np.pi, n_in)
    X = np.vstack([
        np.column_stack([np.cos(t_out), np.sin(t_out)]),
        np.column_stack([1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5]),
    ])
    y = np.concatenate([np.zeros(n_out, dtype=np.int64), np.ones(n_in, dtype=np.int64)])
    X = X + rng.normal(scale=noise, size=X.shape)
    order = rng.permutation(n_samples)
    return X[order], y[order]


def _as_numpy(tensor):
    return tensor.detach().cpu().numpy()


def expect_tensor(got, expected, what, see="", rtol=1e-5, atol=1e-7, dtype=None):
    """Fail unless `got` is a torch tensor matching `expected` (a tensor or array) in shape
    and values, and in dtype when `dtype` (e.g. torch.float32) is given."""
    import torch
    _not_implemented(got, what, see)
    if not isinstance(got, torch.Tensor):
        _fail(what, f"expected a torch tensor of shape {tuple(np.shape(expected))}, got "
                    f"{_describe(got)}.", see)
    if dtype is not None and got.dtype != dtype:
        _fail(what, f"expected dtype {dtype}, got {got.dtype}.", see)
    want = _as_numpy(expected) if isinstance(expected, torch.Tensor) else np.asarray(expected)
    if tuple(got.shape) != want.shape:
        _fail(what, f"expected shape {want.shape}, got shape {tuple(got.shape)}.", see)
    expect_array(_as_numpy(got), want, what, see, rtol=rtol, atol=atol)


def expect_instance(obj, dotted_class, what, see=""):
    """Fail unless `obj` is an instance of the class named `dotted_class`
    (e.g. "torch.nn.Module"). Works for objects that live in the student's process."""
    import importlib
    _not_implemented(obj, what, see)
    remote_check = getattr(type(obj), "is_instance_of", None)
    if remote_check is not None:
        ok = remote_check(obj, dotted_class)
    else:
        module_name, _, class_name = dotted_class.rpartition(".")
        ok = isinstance(obj, getattr(importlib.import_module(module_name), class_name))
    if ok is not True:
        _fail(what, f"expected an instance of {dotted_class}, got {obj!r}.", see)


def on_student_side(student, module):
    """The module as the student's process has it, for building objects that must live
    beside the student's model (an optimizer over its parameters, a loss module).
    `student` is the test parameter of that name: None when the test runs in the
    student's own notebook, where `module` already is the student's."""
    return module if student is None else getattr(student, module.__name__)


def references(student, *names, observe=None):
    """A context manager: while it is open, the student's `names` (functions or classes
    of other questions) are the reference solution's, so that a test of one question
    calls no other question's code of the student's. `student` is the test parameter of
    that name; in the student's own notebook (None) their own functions are used.

    `observe` (hidden tests only): Python source run in a copy of the reference module
    before binding; it may redefine any of `names` (wrappers that record calls) and
    leave plain data in a global `observed`. The context manager gives a function that
    returns that record once the block has ended (None in the student's notebook)."""
    from contextlib import nullcontext
    if student is None:
        return nullcontext(lambda: None)
    return student.references(names, observe)


def grader_file(name):
    """Path of a file the autograder ships beside this module (e.g. held-out data listed
    under `autograder_files:` in the master). Students' copies do not have these files,
    so only hidden tests use them."""
    from pathlib import Path
    return Path(__file__).resolve().parent / name


def expect_shape(got, shape, what, see=""):
    """Fail unless `got` is a NumPy array or torch tensor of exactly `shape`."""
    _not_implemented(got, what, see)
    if not hasattr(got, "shape") or not isinstance(got, np.ndarray) and type(got).__module__ != "torch":
        _fail(what, f"expected an array of shape {tuple(shape)}, got {_describe(got)}.", see)
    if tuple(got.shape) != tuple(shape):
        _fail(what, f"expected shape {tuple(shape)}, got shape {tuple(got.shape)}.", see)
