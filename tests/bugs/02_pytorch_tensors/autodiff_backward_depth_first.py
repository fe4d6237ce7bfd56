"""Value.backward runs each node's _backward as soon as a depth-first walk from the output
reaches it, not in reverse topological order, so an intermediate node used twice (m in
m + m * y) passes its gradient on before it has received all of it."""
QUESTION = "q12_autodiff"

import math


class Value:
    def __init__(self, data, _children=()):
        self.data = float(data)
        self.grad = 0.0
        self._children = tuple(_children)
        self._backward = lambda: None

    def __repr__(self):
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))

        def _backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,))

        def _backward():
            self.grad += (1.0 - t * t) * out.grad

        out._backward = _backward
        return out

    def backward(self):
        self.grad = 1.0
        seen = set()

        def visit(node):  # pre-order: the node's gradient may still be incomplete
            if id(node) in seen:
                return
            seen.add(id(node))
            node._backward()
            for child in node._children:
                visit(child)

        visit(self)
