"""Plain data across the boundary between the student's process and the checker.

A message is a JSON header plus raw .npy buffers. Plain values cross as copies: None,
bool, int, float, str, lists, tuples, dicts, NumPy arrays and scalars of numeric dtype,
and torch tensors (values, dtype, device, requires_grad, grad), devices and dtypes.
Arrays are read back with `allow_pickle=False`, so nothing the student side sends can run
code on the checking side. Objects that cannot cross stay where they live:
- a student-side object (a model, an optimizer) crosses as a numbered reference that the
  checker can call, read attributes of, and pass back (see `Reference`);
- a checker-side callable crosses as a numbered callback the student side can call;
- anything else crosses as an `Opaque` stand-in that names its type and equals nothing,
  so an object that lies about equality earns nothing.
"""
import io
import json
import math
import struct
import sys

import numpy as np

MAX_DEPTH = 64
MAX_MESSAGE_BYTES = 64 << 20  # what the checker accepts from the student's process


class DecodeError(Exception):
    """The other side sent something that is not a well-formed message."""


class Opaque:
    """Stands for a value that could not cross (a module, a class instance...)."""

    def __init__(self, type_name):
        self.type_name = type_name

    def __repr__(self):
        return f"<a {self.type_name} object>"

    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


class Reference:
    """Base of the checker's handles on student-side objects: encodes as `$ref`."""

    def __init__(self, handle, type_name):
        self._handle = handle
        self._type_name = type_name


class Registry:
    """The student side's table of objects the checker holds references to."""

    def __init__(self):
        self.objects = []

    def add(self, value):
        self.objects.append(value)
        return len(self.objects) - 1

    def __getitem__(self, handle):
        return self.objects[handle]


def _array_parts(array):
    """An array as the parts of a .npy file: its header, then its bytes, not copied."""
    array = array if array.flags.c_contiguous else array.copy(order="C")
    header = io.BytesIO()
    np.lib.format.write_array_header_2_0(header, np.lib.format.header_data_from_array_1_0(array))
    return [header.getvalue(), memoryview(array).cast("B") if array.size else b""]


def _read_array(view):
    """The array in a .npy file held in `view`, copied out once; numeric dtypes only
    (nothing in a header can make it unpickle or run code)."""
    if bytes(view[:6]) != b"\x93NUMPY" or view[6] != 2:
        raise ValueError("not a version 2 .npy buffer")
    (header_len,) = struct.unpack_from("<I", view, 8)
    start = 12 + header_len
    header = io.BytesIO(bytes(view[8:start]))
    shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(header)
    if dtype.kind not in "biufc" or dtype.hasobject:
        raise ValueError(f"dtype {dtype} cannot cross")
    count = math.prod(shape)
    if count * dtype.itemsize != len(view) - start:
        raise ValueError("the array's size does not match its header")
    flat = np.frombuffer(view, dtype=dtype, count=count, offset=start)
    return flat.reshape(shape, order="F" if fortran_order else "C").copy(order="K")


def _torch():
    """torch if this process already uses it: a NumPy-only grading never imports it."""
    return sys.modules.get("torch")


def encode(value, callbacks=None, registry=None):
    """Serialise `value` to bytes. On the checker side pass `callbacks` (a list that
    callables are appended to); on the student side pass `registry`, which keeps the
    objects that cannot cross and hands out references to them."""
    buffers = []
    torch = _torch()

    def array(a, depth):
        if a.dtype.kind not in "biufc":
            return {"$opaque": f"array of dtype {a.dtype}"}
        buffers.append(_array_parts(a))
        return len(buffers) - 1

    def tensor(t, depth):
        dtype = str(t.dtype).removeprefix("torch.")
        node = {"dtype": dtype, "requires_grad": bool(t.requires_grad), "device": str(t.device)}
        if t.device.type == "meta":  # no values: shape and dtype only
            return {"$tensor": None, "shape": list(t.shape), **node}
        data = t.detach()
        if data.dtype in (torch.bfloat16,) or data.is_complex() and dtype == "complex32":
            data = data.float()
        order = _memory_order(data)  # a permuted or sliced tensor arrives as one, with
        if order is not None:  # its values in the same order in memory
            node["order"] = order
            data = data.permute(order) if order else data
        node["$tensor"] = array(data.cpu().resolve_conj().resolve_neg().contiguous().numpy(), depth)
        grad = t.grad if t.is_leaf else None
        return {**node, "grad": None if grad is None else walk(grad, depth + 1)}

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
            a = np.asarray(v)  # drops ndarray subclasses: only the data crosses
            index = array(a, depth)
            return index if isinstance(index, dict) else {"$array": index,
                                                          "scalar": isinstance(v, np.generic)}
        if torch is not None:
            if isinstance(v, torch.Tensor) and v.layout == torch.strided:
                return tensor(v, depth)
            if isinstance(v, torch.device):
                return {"$device": str(v)}
            if isinstance(v, torch.dtype):
                return {"$dtype": str(v).removeprefix("torch.")}
        if isinstance(v, Reference) and callbacks is not None:
            return {"$ref": v._handle}
        if isinstance(v, (list, tuple)):
            items = [walk(item, depth + 1) for item in (list.__iter__(v) if isinstance(v, list)
                                                        else tuple.__iter__(v))]
            return items if isinstance(v, list) else {"$tuple": items}
        if isinstance(v, dict):
            return {"$dict": [[walk(k, depth + 1), walk(item, depth + 1)]
                              for k, item in dict.items(v)]}
        if callable(v) and callbacks is not None:
            callbacks.append(v)
            return {"$callable": len(callbacks) - 1}
        if registry is not None:
            return {"$ref": registry.add(v), "type": getattr(kind, "__qualname__", "object"),
                    "callable": callable(v)}
        return {"$opaque": getattr(kind, "__qualname__", "object")}

    header = json.dumps(walk(value, 0), allow_nan=False).encode()
    parts = [struct.pack("<II", len(header), len(buffers)), header]
    for npy_header, data in buffers:
        parts += [struct.pack("<Q", len(npy_header) + len(data)), npy_header, data]
    return b"".join(parts)  # the one copy of each array


def _memory_order(t):
    """None for a contiguous tensor; else the order of its dimensions in memory, outermost
    first ([] when that is their own order: a slice with gaps, rebuilt with gaps)."""
    if t.is_contiguous():
        return None
    order = sorted(range(t.dim()), key=lambda d: (-t.stride(d), d))
    return [] if order == list(range(t.dim())) else order


def _with_layout(t, order):
    """`t` (contiguous) laid out as `_memory_order` described: the same values, not contiguous."""
    import torch
    if order:
        inverse = sorted(range(len(order)), key=order.__getitem__)
        return t.permute(inverse)
    if t.dim() == 0:
        return t
    gapped = torch.empty(*t.shape[:-1], 2 * t.shape[-1], dtype=t.dtype)[..., ::2]
    gapped.copy_(t)
    return gapped


def _decode_tensor(node, buffers, walk, depth):
    import torch  # only when a tensor arrives
    dtype = getattr(torch, node["dtype"])
    if node["$tensor"] is None:  # a meta tensor: shape and dtype only
        t = torch.empty([int(n) for n in node["shape"]], dtype=dtype, device="meta")
        if node.get("requires_grad") and (t.is_floating_point() or t.is_complex()):
            t.requires_grad_(True)
        return t
    data = buffers[node["$tensor"]]
    t = torch.from_numpy(data).to(dtype)  # data: decode's own copy
    if "order" in node:
        t = _with_layout(t, [int(d) for d in node["order"]])
    device = node.get("device", "cpu")
    if device != "cpu":
        try:
            t = t.to(device)
        except (RuntimeError, AssertionError):
            pass  # the device does not exist on this side: keep the values on the CPU
    if node.get("requires_grad") and (t.is_floating_point() or t.is_complex()):
        t.requires_grad_(True)
    if node.get("grad") is not None:
        t.grad = walk(node["grad"], depth + 1)
    return t


def decode(data, make_callable=None, make_reference=None, registry=None):
    """Rebuild a value from `encode`'s bytes. The student side passes `make_callable`
    (callback handles become calls) and `registry` (references become its objects); the
    checker passes `make_reference(handle, type_name, is_callable)`. Raises DecodeError."""
    try:
        view = memoryview(data)
        header_len, count = struct.unpack_from("<II", view, 0)
        offset = 8 + header_len
        tree = json.loads(bytes(view[8:offset]))
        buffers = []
        for _ in range(count):
            (size,) = struct.unpack_from("<Q", view, offset)
            offset += 8
            if offset + size > len(view):
                raise ValueError("truncated message")
            buffers.append(_read_array(view[offset:offset + size]))
            offset += size
    except Exception as error:
        raise DecodeError(f"an unreadable message ({type(error).__name__})") from None

    def walk(node, depth):
        if depth > MAX_DEPTH:
            raise DecodeError("a value nested too deeply")
        if isinstance(node, list):
            return [walk(item, depth + 1) for item in node]
        if not isinstance(node, dict):
            return node
        if "$array" in node:
            a = buffers[node["$array"]]
            return a[()] if node.get("scalar") else a
        if "$tuple" in node:
            return tuple(walk(item, depth + 1) for item in node["$tuple"])
        if "$dict" in node:
            return {_hashable(walk(k, depth + 1)): walk(item, depth + 1) for k, item in node["$dict"]}
        if "$int" in node:
            return int(node["$int"])
        if "$float" in node:
            return float(node["$float"])
        if "$tensor" in node:
            return _decode_tensor(node, buffers, walk, depth)
        if "$device" in node:
            import torch
            return torch.device(str(node["$device"]))
        if "$dtype" in node:
            import torch
            dtype = getattr(torch, str(node["$dtype"]), None)
            if not isinstance(dtype, torch.dtype):
                raise DecodeError("an unknown dtype")
            return dtype
        if "$callable" in node and make_callable is not None:
            return make_callable(int(node["$callable"]))
        if "$ref" in node:
            if registry is not None:
                return registry[int(node["$ref"])]
            if make_reference is not None:
                return make_reference(int(node["$ref"]), str(node.get("type", "object")),
                                      bool(node.get("callable")))
        return Opaque(str(node.get("$opaque", node.get("type", "callable"))))

    try:
        return walk(tree, 0)
    except DecodeError:
        raise
    except Exception as error:
        raise DecodeError(f"a malformed value ({type(error).__name__})") from None


def _hashable(key):
    return key.item() if isinstance(key, np.generic) else key


def arrays_in(value, depth=0):
    """The NumPy arrays and torch tensors inside `value` (lists, tuples, dict values), in
    a fixed order: what an in-place update of the arguments may have changed."""
    torch = _torch()
    if depth > MAX_DEPTH:
        return []
    if isinstance(value, np.ndarray) or (torch is not None and isinstance(value, torch.Tensor)):
        return [value]
    if isinstance(value, (list, tuple)):
        return [a for item in value for a in arrays_in(item, depth + 1)]
    if isinstance(value, dict):
        return [a for item in dict.values(value) for a in arrays_in(item, depth + 1)]
    return []


def copy_into(targets, sources):
    """Write what the student side's in-place updates left in its copies of the arguments
    back into the checker's originals (values and, for tensors, .grad)."""
    torch = _torch()
    for target, source in zip(targets, sources):
        if isinstance(target, np.ndarray) and isinstance(source, np.ndarray):
            if target.shape == source.shape and target.flags.writeable:
                np.copyto(target, source, casting="unsafe")
        elif torch is not None and isinstance(target, torch.Tensor) \
                and isinstance(source, torch.Tensor) and target.shape == source.shape:
            with torch.no_grad():
                target.copy_(source.detach().to(target.device, target.dtype))
            if target.is_leaf and (source.grad is not None or target.grad is not None):
                target.grad = None if source.grad is None else \
                    source.grad.detach().to(target.device, target.dtype)
