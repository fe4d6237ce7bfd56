"""Plain data across the boundary between the student's process and the checker.

A message is a JSON header plus raw .npy buffers. Only plain values cross: None, bool,
int, float, str, lists, tuples, dicts, NumPy arrays and scalars of numeric or bool dtype.
Arrays are read back with `allow_pickle=False`, so nothing the student side sends can run
code on the checking side. Anything else crosses as an `Opaque` stand-in that names its
type and equals nothing, so an object that lies about equality earns nothing.
Callables sent by the checker (callbacks such as `f` in `numerical_gradient(f, x)`) cross
as numbered handles that the receiving side turns back into calls over the same channel.
"""
import io
import json
import math
import struct

import numpy as np

MAX_DEPTH = 64
MAX_MESSAGE_BYTES = 1 << 30


class DecodeError(Exception):
    """The other side sent something that is not a well-formed message."""


class Opaque:
    """Stands for a value that cannot cross as plain data (a module, a class instance...)."""

    def __init__(self, type_name):
        self.type_name = type_name

    def __repr__(self):
        return f"<a {self.type_name} object>"

    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


def _array_bytes(array):
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def encode(value, callbacks=None):
    """Serialise `value` to bytes. Callables become handles appended to `callbacks`
    when a list is given, and Opaque otherwise."""
    buffers = []

    def walk(v, depth):
        if depth > MAX_DEPTH:
            raise ValueError("value nested too deeply")
        kind = type(v)
        if v is None or kind in (bool, str):
            return v
        if kind is int:
            return v if -(2 ** 63) <= v < 2 ** 63 else {"$int": str(v)}
        if kind is float:
            return v if math.isfinite(v) else {"$float": repr(v)}
        if isinstance(v, (np.ndarray, np.generic)):
            array = np.asarray(v)  # drops ndarray subclasses: only the data crosses
            if array.dtype.kind not in "biufc":
                return {"$opaque": f"array of dtype {array.dtype}"}
            buffers.append(_array_bytes(array))
            return {"$array": len(buffers) - 1, "scalar": isinstance(v, np.generic)}
        if kind in (list, tuple):
            items = [walk(item, depth + 1) for item in v]
            return items if kind is list else {"$tuple": items}
        if kind is dict:
            return {"$dict": [[walk(k, depth + 1), walk(item, depth + 1)] for k, item in v.items()]}
        if callable(v) and callbacks is not None:
            callbacks.append(v)
            return {"$callable": len(callbacks) - 1}
        return {"$opaque": getattr(kind, "__qualname__", "object")}

    header = json.dumps(walk(value, 0), allow_nan=False).encode()
    parts = [struct.pack("<II", len(header), len(buffers)), header]
    for buffer in buffers:
        parts += [struct.pack("<Q", len(buffer)), buffer]
    return b"".join(parts)


def decode(data, make_callable=None):
    """Rebuild a value from `encode`'s bytes. `make_callable(handle)` turns callable
    handles into calls; without it they become Opaque. Raises DecodeError."""
    try:
        header_len, count = struct.unpack_from("<II", data, 0)
        offset = 8 + header_len
        tree = json.loads(bytes(data[8:offset]))
        buffers = []
        for _ in range(count):
            (size,) = struct.unpack_from("<Q", data, offset)
            offset += 8
            buffers.append(np.load(io.BytesIO(data[offset:offset + size]), allow_pickle=False))
            offset += size
    except Exception as error:
        raise DecodeError(f"unreadable message ({type(error).__name__})") from None

    def walk(node, depth):
        if depth > MAX_DEPTH:
            raise DecodeError("value nested too deeply")
        if isinstance(node, list):
            return [walk(item, depth + 1) for item in node]
        if not isinstance(node, dict):
            return node
        if "$array" in node:
            array = buffers[node["$array"]]
            return array[()] if node.get("scalar") else array
        if "$tuple" in node:
            return tuple(walk(item, depth + 1) for item in node["$tuple"])
        if "$dict" in node:
            return {_hashable(walk(k, depth + 1)): walk(item, depth + 1) for k, item in node["$dict"]}
        if "$int" in node:
            return int(node["$int"])
        if "$float" in node:
            return float(node["$float"])
        if "$callable" in node and make_callable is not None:
            return make_callable(node["$callable"])
        return Opaque(str(node.get("$opaque", "callable")))

    try:
        return walk(tree, 0)
    except DecodeError:
        raise
    except Exception as error:
        raise DecodeError(f"malformed value ({type(error).__name__})") from None


def _hashable(key):
    return key.item() if isinstance(key, np.generic) else key
