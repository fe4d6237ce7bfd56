"""Correct alternative for the autodiff engine: each node stores its children with their
local derivatives (no closures), numbers are wrapped by a helper, __radd__ and __rmul__ are
aliases, tanh comes from exponentials, and backward orders the nodes with Kahn's algorithm
(a node runs once every node that uses it has run) instead of a recursive search."""
QUESTION = "q12_autodiff"

import math


def _as_value(x):
    return x if isinstance(x, Value) else Value(x)


class Value:
    def __init__(self, data, _children=()):
        self.data = float(data)
        self.grad = 0.0
        self._children = tuple(_children)
        self._local = ()  # d(self)/d(child), one per child
        self._backward = self._chain

    def _chain(self):
        for child, local in zip(self._children, self._local):
            child.grad += local * self.grad

    def __repr__(self):
        return f"Value({self.data!r}, grad={self.grad!r})"

    def _make(self, data, children, local):
        out = Value(data, children)
        out._local = tuple(local)
        return out

    def __add__(self, other):
        other = _as_value(other)
        return self._make(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = _as_value(other)
        return self._make(self.data * other.data, (self, other), (other.data, self.data))

    __radd__ = __add__
    __rmul__ = __mul__

    def tanh(self):
        e = math.exp(-2.0 * abs(self.data))
        t = math.copysign((1.0 - e) / (1.0 + e), self.data)
        return self._make(t, (self,), (1.0 - t * t,))

    def backward(self):
        users, stack, seen = {}, [self], {id(self)}
        while stack:  # count, for every node, how many uses it has in the graph
            node = stack.pop()
            for child in node._children:
                users[id(child)] = users.get(id(child), 0) + 1
                if id(child) not in seen:
                    seen.add(id(child))
                    stack.append(child)
        self.grad = 1.0
        ready = [self]
        while ready:
            node = ready.pop()
            node._backward()
            for child in node._children:
                users[id(child)] -= 1
                if users[id(child)] == 0:
                    ready.append(child)
