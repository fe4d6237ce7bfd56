"""Figures of the recitation slides, drawn at build time by autograder/slides.py.

A slide shows the figure `name` with `![alt text](fig:name "optional caption")`; each public
function here draws one and returns its matplotlib Figure. Every figure is computed (nothing
is pasted) and every random draw has a fixed seed, so a build is reproducible. Functions
whose name starts with an underscore are helpers.
"""
from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Rectangle

DPI = 150
STYLE = {"font.size": 12, "axes.titlesize": 13, "axes.labelsize": 12, "legend.fontsize": 11,
         "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True,
         "grid.alpha": 0.3, "figure.dpi": 100, "savefig.bbox": "tight",
         "savefig.pad_inches": 0.06, "lines.linewidth": 2.2, "image.cmap": "viridis",
         "axes.prop_cycle": plt.cycler(color=["#2b6cb0", "#dd6b20", "#38a169", "#c53030",
                                              "#805ad5", "#718096"])}
BLUE, ORANGE, GREEN, RED, PURPLE, GREY = "#2b6cb0", "#dd6b20", "#38a169", "#c53030", "#805ad5", "#718096"
LIGHT = {"blue": "#dbe8f7", "orange": "#fde6d2", "green": "#dcf1e3", "red": "#f8dada",
         "purple": "#e9e0f7", "grey": "#edf0f4", "yellow": "#fff3c4"}


# ---------------------------------------------------------------------------- helpers

def _canvas(width, height, xlim, ylim):
    fig, ax = plt.subplots(figsize=(width, height))
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_aspect("equal")
    ax.axis("off")
    return fig, ax


def _box(ax, x, y, w, h, text, face="blue", edge=BLUE, size=12, weight="normal", style="-"):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02,rounding_size=0.12",
                                facecolor=LIGHT.get(face, face), edgecolor=edge, lw=1.6,
                                linestyle=style))
    ax.text(x, y, text, ha="center", va="center", fontsize=size, weight=weight)


def _arrow(ax, start, end, color="#2d3748", lw=1.6, style="-|>", ls="-", rad=0.0, text=None,
           offset=(0, 0.18), size=11, shrink=4):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle=style, mutation_scale=14, color=color,
                                 lw=lw, linestyle=ls, shrinkA=shrink, shrinkB=shrink,
                                 connectionstyle=f"arc3,rad={rad}"))
    if text:
        ax.text((start[0] + end[0]) / 2 + offset[0], (start[1] + end[1]) / 2 + offset[1], text,
                ha="center", va="center", fontsize=size, color=color)


def _grid(ax, values, x0=0, y0=0, cell=1.0, face=None, fmt="{:g}", size=11, edge="#4a5568"):
    """Draw a matrix as labelled cells; row 0 at the top. face: same-shape array of colours."""
    rows, cols = values.shape
    for i in range(rows):
        for j in range(cols):
            color = "white" if face is None or face[i][j] is None else face[i][j]
            ax.add_patch(Rectangle((x0 + j * cell, y0 - (i + 1) * cell), cell, cell,
                                   facecolor=color, edgecolor=edge, lw=1))
            if values[i, j] is not None and not (isinstance(values[i, j], float) and np.isnan(values[i, j])):
                ax.text(x0 + (j + 0.5) * cell, y0 - (i + 0.5) * cell, fmt.format(values[i, j]),
                        ha="center", va="center", fontsize=size)


def _network(ax, layers, x_gap=2.2, y_gap=0.9, radius=0.28, dropped=(), colors=None,
             labels=None):
    """A fully connected network diagram; returns the unit positions per layer."""
    positions = []
    for k, n in enumerate(layers):
        ys = (np.arange(n) - (n - 1) / 2) * y_gap
        positions.append([(k * x_gap, y) for y in ys[::-1]])
    for k in range(len(layers) - 1):
        for i, p in enumerate(positions[k]):
            for j, q in enumerate(positions[k + 1]):
                gone = (k, i) in dropped or (k + 1, j) in dropped
                ax.plot([p[0], q[0]], [p[1], q[1]], color="#cbd5e0" if gone else "#718096",
                        lw=0.5 if gone else 0.9, alpha=0.35 if gone else 0.8, zorder=1)
    for k, layer in enumerate(positions):
        for i, (x, y) in enumerate(layer):
            gone = (k, i) in dropped
            color = (colors or [BLUE] * len(layers))[k]
            ax.add_patch(Circle((x, y), radius, facecolor="#edf0f4" if gone else LIGHT["blue"],
                                edgecolor="#a0aec0" if gone else color, lw=1.6, zorder=2))
            if gone:
                ax.plot([x - radius * 0.7, x + radius * 0.7], [y - radius * 0.7, y + radius * 0.7],
                        color=RED, lw=2, zorder=3)
                ax.plot([x - radius * 0.7, x + radius * 0.7], [y + radius * 0.7, y - radius * 0.7],
                        color=RED, lw=2, zorder=3)
            elif labels and labels[k]:
                ax.text(x, y, labels[k][i], ha="center", va="center", fontsize=10, zorder=3)
    return positions


def _moons(n, noise, rng):
    """Two interleaving half circles with Gaussian noise (as checks.make_moons)."""
    n_out, n_in = n // 2, n - n // 2
    t_out, t_in = rng.uniform(0, np.pi, n_out), rng.uniform(0, np.pi, n_in)
    X = np.concatenate([np.c_[np.cos(t_out), np.sin(t_out)],
                        np.c_[1 - np.cos(t_in), 0.5 - np.sin(t_in)]])
    y = np.r_[np.zeros(n_out, int), np.ones(n_in, int)]
    X = X + rng.normal(0, noise, X.shape)
    order = rng.permutation(n)
    return X[order], y[order]


def _mlp_forward(params, X):
    h = X
    cache = []
    for k in range(len(params) - 1):
        W, b = params[k]
        a = h @ W + b
        cache.append((h, a))
        h = np.maximum(a, 0)
    W, b = params[-1]
    cache.append((h, None))
    return h @ W + b, cache


def _ce(scores, y):
    z = scores - scores.max(1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(1, keepdims=True))
    loss = -logp[np.arange(len(y)), y].mean()
    d = np.exp(logp)
    d[np.arange(len(y)), y] -= 1
    return loss, d / len(y), (logp.argmax(1) == y).mean()


@lru_cache(maxsize=None)
def _moons_run(n_train=80, hidden=(64, 64), epochs=1000, lr=3e-3, batch=None, seed=0, every=5):
    """Train a ReLU MLP on two moons with Adam; returns the curves (evaluated every `every`
    epochs), the parameters and the data."""
    rng = np.random.default_rng(seed)
    X, y = _moons(n_train + 400, 0.3, rng)
    Xtr, ytr, Xva, yva = X[:n_train], y[:n_train], X[n_train:], y[n_train:]
    sizes = [2, *hidden, 2]
    params = [[rng.normal(0, np.sqrt(2 / m), (m, n)), np.zeros(n)]
              for m, n in zip(sizes[:-1], sizes[1:])]
    m = [[np.zeros_like(W), np.zeros_like(b)] for W, b in params]
    v = [[np.zeros_like(W), np.zeros_like(b)] for W, b in params]
    curves = {"epoch": [], "train_loss": [], "val_loss": [], "train_acc": [], "val_acc": []}
    t = 0
    for epoch in range(1, epochs + 1):
        order = rng.permutation(n_train)
        for start in range(0, n_train, batch or n_train):
            idx = order[start:start + (batch or n_train)]
            scores, cache = _mlp_forward(params, Xtr[idx])
            _, d, _ = _ce(scores, ytr[idx])
            grads = []
            for k in range(len(params) - 1, -1, -1):
                h, _ = cache[k]
                grads.append([h.T @ d, d.sum(0)])
                if k:
                    d = (d @ params[k][0].T) * (cache[k - 1][1] > 0)
            grads = grads[::-1]
            t += 1
            for k in range(len(params)):
                for j in range(2):
                    g = grads[k][j]
                    m[k][j] = 0.9 * m[k][j] + 0.1 * g
                    v[k][j] = 0.999 * v[k][j] + 0.001 * g * g
                    params[k][j] -= lr * (m[k][j] / (1 - 0.9 ** t)) / (
                        np.sqrt(v[k][j] / (1 - 0.999 ** t)) + 1e-8)
        if epoch % every:
            continue
        curves["epoch"].append(epoch)
        for name, (Xs, ys) in {"train": (Xtr, ytr), "val": (Xva, yva)}.items():
            loss, _, acc = _ce(_mlp_forward(params, Xs)[0], ys)
            curves[f"{name}_loss"].append(loss)
            curves[f"{name}_acc"].append(acc)
    return {k: np.array(c) for k, c in curves.items()}, params, (Xtr, ytr, Xva, yva)


def _conv2d(image, kernel, stride=1):
    k = kernel.shape[0]
    out = (image.shape[0] - k) // stride + 1
    return np.array([[np.sum(image[i * stride:i * stride + k, j * stride:j * stride + k] * kernel)
                      for j in range(out)] for i in range(out)])


def _conv_out(size, kernel, stride=1, padding=0, dilation=1):
    """floor((W + 2P - D(K - 1) - 1) / S) + 1"""
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


# ---------------------------------------------------------------------------- deck 1

def neuron():
    fig, ax = _canvas(11, 3.8, (0, 22), (-3.6, 4))
    # biological neuron: dendrites, soma, axon, terminals
    soma = (4.2, 0.4)
    ax.add_patch(Circle(soma, 0.9, facecolor=LIGHT["orange"], edgecolor=ORANGE, lw=2))
    ax.add_patch(Circle(soma, 0.3, facecolor=ORANGE, edgecolor=ORANGE, alpha=0.6))
    rng = np.random.default_rng(3)
    for angle in np.linspace(100, 260, 5):
        a = np.radians(angle)
        start = (soma[0] + 0.85 * np.cos(a), soma[1] + 0.85 * np.sin(a))
        mid = (soma[0] + 2.2 * np.cos(a), soma[1] + 2.2 * np.sin(a))
        ax.plot([start[0], mid[0]], [start[1], mid[1]], color=ORANGE, lw=2.5)
        for da in (-25, 25):
            b = a + np.radians(da + rng.uniform(-8, 8))
            ax.plot([mid[0], mid[0] + 0.9 * np.cos(b)], [mid[1], mid[1] + 0.9 * np.sin(b)],
                    color=ORANGE, lw=1.6)
    ax.plot([5.1, 8.6], [0.4, 0.4], color=ORANGE, lw=3)
    for dy in (-0.6, 0, 0.6):
        ax.plot([8.6, 9.4], [0.4, 0.4 + dy], color=ORANGE, lw=1.6)
        ax.add_patch(Circle((9.5, 0.4 + dy * 1.12), 0.12, color=ORANGE))
    for x in (5.7, 6.6, 7.5):
        ax.add_patch(Rectangle((x, 0.22), 0.5, 0.36, facecolor="white", edgecolor=ORANGE, lw=1.2))
    ax.text(1.4, 3.3, "dendrites: inputs\nfrom other cells", ha="center", fontsize=11)
    ax.text(4.2, -1.1, "soma: adds up\nthe inputs", ha="center", va="top", fontsize=11)
    ax.text(6.9, 1.35, "axon: spike if the sum\npasses a threshold", ha="center", fontsize=11)
    ax.text(9.6, -1.1, "synapses:\nstrengths", ha="center", va="top", fontsize=11)
    ax.text(5.0, -3.3, "biological neuron", ha="center", fontsize=13, weight="bold")
    # artificial neuron
    ins = [(12.5, 2.2), (12.5, 0.4), (12.5, -1.4)]
    for k, p in enumerate(ins):
        ax.add_patch(Circle(p, 0.45, facecolor=LIGHT["blue"], edgecolor=BLUE, lw=1.6))
        ax.text(*p, f"$x_{k + 1}$", ha="center", va="center", fontsize=13)
        _arrow(ax, (p[0] + 0.45, p[1]), (15.6, 0.4), text=f"$w_{k + 1}$",
               offset=(0, 0.35 if k == 0 else (0.25 if k == 1 else -0.05)), size=13)
    ax.add_patch(Circle((16.3, 0.4), 0.75, facecolor=LIGHT["blue"], edgecolor=BLUE, lw=1.8))
    ax.text(16.3, 0.4, r"$\Sigma$", ha="center", va="center", fontsize=18)
    ax.text(16.3, 1.45, "$+\\,b$", ha="center", fontsize=13)
    _box(ax, 18.7, 0.4, 1.5, 1.1, r"$\varphi$", size=18)
    _arrow(ax, (17.05, 0.4), (17.95, 0.4), text="$z$", offset=(0, 0.3), size=13)
    _arrow(ax, (19.45, 0.4), (21.0, 0.4), text="$y$", offset=(0, 0.3), size=13)
    ax.text(16.3, -1.2, r"$z = w\cdot x + b$", ha="center", va="top", fontsize=13)
    ax.text(18.9, -1.2, r"$y = \varphi(z)$", ha="center", va="top", fontsize=13)
    ax.text(16.7, -3.3, "artificial neuron", ha="center", fontsize=13, weight="bold")
    return fig


def activations():
    z = np.linspace(-5, 5, 401)
    sig = 1 / (1 + np.exp(-z))
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.6))
    for name, f, g in [("sigmoid", sig, sig * (1 - sig)),
                       ("tanh", np.tanh(z), 1 - np.tanh(z) ** 2),
                       ("ReLU", np.maximum(0, z), (z > 0).astype(float))]:
        ax1.plot(z, f, label=name)
        ax2.plot(z, g, label=name)
    ax1.set(title=r"activation $\varphi(z)$", xlabel="$z$", ylim=(-1.2, 2.5))
    ax2.set(title=r"derivative $\varphi'(z)$", xlabel="$z$", ylim=(-0.05, 1.15))
    ax2.axvspan(-5, -3, color=GREY, alpha=0.15)
    ax2.axvspan(3, 5, color=GREY, alpha=0.15)
    ax2.text(-4, 0.55, "saturated:\ngradient\n≈ 0", ha="center", fontsize=10, color=GREY)
    ax2.text(4, 0.55, "saturated\n(sigmoid,\ntanh)", ha="center", fontsize=10, color=GREY)
    ax2.axhline(0.25, color=BLUE, lw=1, ls=":")
    ax2.text(-1.2, 0.29, "max 0.25", color=BLUE, fontsize=10, ha="right")
    ax1.legend(loc="upper left")
    fig.tight_layout()
    return fig


def softmax_temperature():
    q = np.array([1.0, 2.0, 0.5, 1.5])
    fig, ax = plt.subplots(figsize=(6.2, 3.8))
    width = 0.26
    for k, tau in enumerate([0.1, 1.0, 10.0]):
        z = q / tau
        p = np.exp(z - z.max())
        p /= p.sum()
        ax.bar(np.arange(4) + (k - 1) * width, p, width, label=fr"$\tau = {tau:g}$")
    ax.set_xticks(range(4), [f"$a_{i}$\nQ = {v:g}" for i, v in enumerate(q)])
    ax.set(ylabel=r"$\pi(a \mid s)$", ylim=(0, 1.05),
           title=r"softmax$(Q(s,\cdot)/\tau)$: greedy $\leftarrow\ \tau\ \rightarrow$ uniform")
    ax.legend()
    return fig


def xor():
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.7))
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
    panels = [("AND: one line suffices", np.array([0, 0, 0, 1]), X),
              ("XOR in input space: no line works", np.array([0, 1, 1, 0]), X),
              ("XOR in hidden space: separable", np.array([0, 1, 1, 0]),
               np.c_[X.sum(1), np.maximum(X.sum(1) - 1, 0)])]
    for ax, (title, y, P) in zip(axes, panels):
        for label, marker, color in [(0, "o", BLUE), (1, "s", ORANGE)]:
            ax.scatter(*P[y == label].T, s=160, marker=marker, color=color, zorder=3,
                       edgecolor="k", label=f"class {label}")
        ax.set_title(title, fontsize=12)
    xs = np.linspace(-0.5, 1.5, 10)
    axes[0].plot(xs, 1.5 - xs, color=GREEN)
    axes[0].fill_between(xs, 1.5 - xs, 2, color=ORANGE, alpha=0.1)
    axes[1].text(0.4, 0.5, "?", fontsize=40, ha="center", va="center", color=RED)
    hs = np.linspace(-0.5, 2.5, 10)
    axes[2].plot(hs, (hs - 0.5) / 2, color=GREEN)
    axes[2].fill_between(hs, (hs - 0.5) / 2, -0.5, color=ORANGE, alpha=0.1)
    for ax in axes[:2]:
        ax.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="$x_1$", ylabel="$x_2$")
    axes[2].set(xlim=(-0.5, 2.5), ylim=(-0.5, 1.5), xlabel="$h_1 = $ReLU$(x_1 + x_2)$",
                ylabel="$h_2 = $ReLU$(x_1 + x_2 - 1)$")
    axes[2].annotate("(0,1), (1,0)", (1, 0), (1.15, 0.55), fontsize=10,
                     arrowprops=dict(arrowstyle="->", color=GREY))
    axes[1].legend(loc="center right", fontsize=9)
    fig.tight_layout()
    return fig


def mlp_params():
    fig, ax = _canvas(7.2, 4.6, (-1.0, 7.8), (-3.4, 2.9))
    layers = [4, 5, 5, 2]
    pos = _network(ax, layers, x_gap=2.2, y_gap=0.85, labels=[
        ["$s_1$", "$s_2$", "$s_3$", "$s_4$"], None, None, ["$Q_1$", "$Q_2$"]])
    names = ["state\n$D = 4$", "hidden\n$H$", "hidden\n$H$", "Q-values\n$A = 2$"]
    for k, name in enumerate(names):
        ax.text(pos[k][0][0], 2.35, name, ha="center", va="center", fontsize=11)
    counts = ["$DH + H$", "$HH + H$", "$HA + A$"]
    for k, c in enumerate(counts):
        ax.text(pos[k][0][0] + 1.1, -2.55, c, ha="center", fontsize=12, color=RED)
    ax.text(3.3, -3.25, "H = 64:  320 + 4,160 + 130 = 4,610 parameters", ha="center",
            fontsize=12, weight="bold")
    return fig


def backprop_graph():
    fig, ax = _canvas(11.5, 3.6, (-0.6, 21.2), (-3.0, 2.4))
    nodes = [(0.4, "$X$"), (4.2, "$A_1$"), (8.0, "$H_1$"), (11.8, "$S$"), (15.6, "$L$")]
    ops = [(2.3, "linear\n$W_1, b_1$"), (6.1, "ReLU"), (9.9, "linear\n$W_2, b_2$"),
           (13.7, "cross-\nentropy")]
    for x, label in nodes:
        ax.add_patch(Circle((x, 0.6), 0.55, facecolor=LIGHT["blue"], edgecolor=BLUE, lw=1.6))
        ax.text(x, 0.6, label, ha="center", va="center", fontsize=14)
    for x, label in ops:
        _box(ax, x, 0.6, 1.7, 1.2, label, face="grey", edge=GREY, size=11)
    for k in range(4):
        _arrow(ax, (nodes[k][0] + 0.55, 0.6), (ops[k][0] - 0.85, 0.6))
        _arrow(ax, (ops[k][0] + 0.85, 0.6), (nodes[k + 1][0] - 0.55, 0.6))
    ax.text(13.7, 1.75, "label $y$", ha="center", fontsize=11)
    grads = ["$dX$", "$dA_1$", "$dH_1$", "$dS$", "$1$"]
    for k in range(4, 0, -1):
        _arrow(ax, (nodes[k][0], 0.0), (nodes[k - 1][0], 0.0), color=RED, rad=-0.4)
    for k, (x, _) in enumerate(nodes):
        ax.text(x, -0.45, grads[k], ha="center", va="top", fontsize=13, color=RED)
    ax.text(16.6, 1.7, "forward: values", fontsize=12, color="#2d3748", ha="left")
    ax.text(16.6, -1.1, "backward: gradients\n(upstream × local)", fontsize=12, color=RED,
            ha="left", va="center")
    ax.text(10.0, -2.75, r"$dA_1 = dH_1 \odot \mathrm{ReLU}'(A_1)$, "
            r"$dW_2 = H_1^\top dS$, $dS = \frac{1}{N}(P - Y_{\mathrm{onehot}})$", ha="center",
            fontsize=12, color=RED)
    return fig


def gradient_check_error():
    f, df = np.sin, np.cos
    x = 1.0
    hs = np.logspace(-13, -1, 121)
    forward = np.abs((f(x + hs) - f(x)) / hs - df(x))
    centred = np.abs((f(x + hs) - f(x - hs)) / (2 * hs) - df(x))
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.loglog(hs, np.maximum(forward, 1e-17), label=r"forward $\frac{f(x+h)-f(x)}{h}$")
    ax.loglog(hs, np.maximum(centred, 1e-17), label=r"centred $\frac{f(x+h)-f(x-h)}{2h}$")
    ax.axvline(1e-5, color=GREY, ls="--", lw=1)
    ax.text(1.3e-5, 1e-2, "$h = 10^{-5}$", color=GREY)
    ax.text(1e-11, 3e-2, "rounding\nnoise", ha="center", color=GREY)
    ax.text(3e-3, 1e-11, "Taylor\nerror", ha="center", color=GREY)
    ax.set(xlabel="step $h$", ylabel="|error| of the derivative",
           title=r"$f = \sin$ at $x = 1$, float64", ylim=(1e-13, 1))
    ax.legend(loc="lower left")
    return fig


def optimizers():
    curvature = np.array([1.0, 25.0])
    grad = lambda w: curvature * w  # noqa: E731
    start = np.array([-4.0, 1.0])
    paths = {}
    w = start.copy()
    path = [w.copy()]
    for _ in range(40):
        w = w - 0.075 * grad(w)
        path.append(w.copy())
    paths["gradient descent, $\\eta = 0.075$"] = np.array(path)
    w, v = start.copy(), np.zeros(2)
    path = [w.copy()]
    for _ in range(40):
        v = 0.8 * v - 0.03 * grad(w)
        w = w + v
        path.append(w.copy())
    paths["momentum, $\\eta = 0.03, \\mu = 0.8$"] = np.array(path)
    w, m, s = start.copy(), np.zeros(2), np.zeros(2)
    path = [w.copy()]
    for t in range(1, 41):
        g = grad(w)
        m = 0.9 * m + 0.1 * g
        s = 0.999 * s + 0.001 * g * g
        w = w - 0.25 * (m / (1 - 0.9 ** t)) / (np.sqrt(s / (1 - 0.999 ** t)) + 1e-8)
        path.append(w.copy())
    paths["Adam, $\\eta = 0.25$"] = np.array(path)
    fig, ax = plt.subplots(figsize=(7.5, 3.9))
    a, b = np.meshgrid(np.linspace(-4.5, 1.5, 200), np.linspace(-1.5, 1.5, 200))
    ax.contour(a, b, 0.5 * (a ** 2 + 25 * b ** 2), levels=np.geomspace(0.05, 40, 12),
               colors="#a0aec0", linewidths=0.8)
    for label, p in paths.items():
        ax.plot(p[:, 0], p[:, 1], "o-", ms=3, lw=1.6, label=label)
    ax.plot(0, 0, "*", color="k", ms=14)
    ax.set(xlabel="$w_1$ (flat direction)", ylabel="$w_2$ (steep)", aspect="equal",
           title=r"$L(w) = \frac{1}{2}(w_1^2 + 25\,w_2^2)$, 40 steps from $(-4, 1)$")
    ax.grid(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=3, fontsize=10, frameon=False)
    return fig


# ---------------------------------------------------------------------------- deck 2

def broadcasting():
    fig, ax = _canvas(11, 3.5, (-0.5, 21.5), (-5.6, 1.3))
    col = np.array([[0], [10], [20]], float)
    row = np.array([[1, 2, 3, 4]], float)
    fade = "#e2e8f0"
    _grid(ax, np.repeat(col, 4, 1), 0, 0, face=[[LIGHT["blue"]] + [fade] * 3 for _ in range(3)])
    ax.text(2, 0.5, "a: (3, 1) → (3, 4)", ha="center", fontsize=12)
    ax.text(4.7, -1.5, "+", fontsize=22, ha="center", va="center")
    _grid(ax, np.repeat(row, 3, 0), 5.4, 0, face=[[LIGHT["orange"]] * 4] + [[fade] * 4] * 2)
    ax.text(7.4, 0.5, "b: (4,) → (1, 4) → (3, 4)", ha="center", fontsize=12)
    ax.text(10.1, -1.5, "=", fontsize=22, ha="center", va="center")
    _grid(ax, col + row, 10.8, 0, face=[[LIGHT["green"]] * 4] * 3)
    ax.text(12.8, 0.5, "a + b: (3, 4)", ha="center", fontsize=12)
    ax.text(0, -3.8, "Rule: align shapes on the right; each dimension must be equal or 1\n"
            "(a missing dimension counts as 1); size-1 dimensions are repeated, without copying.",
            fontsize=12, va="top")
    ax.text(15.6, -0.2, "Trap (DQN):", fontsize=12, weight="bold", color=RED, va="top")
    ax.text(15.6, -0.9, "q_sa: (B, 1)   target: (B,)\n(q_sa - target): (B, B) !\n"
            "the mean of B² wrong\ndifferences, no error", fontsize=11.5, family="monospace",
            va="top", color=RED)
    return fig


def memory_layout():
    fig, ax = _canvas(11, 3.3, (-0.3, 22), (-5.4, 1.0))
    t = np.arange(6).reshape(2, 3)
    _grid(ax, t.astype(float), 0, 0, face=[[LIGHT["blue"]] * 3] * 2)
    ax.text(0, 0.35, "t: shape (2, 3)\nstride (3, 1)", ha="left", fontsize=12)
    _grid(ax, t.T.astype(float), 5, 0, face=[[LIGHT["orange"]] * 2] * 3)
    ax.text(5, 0.35, "t.T = t.permute(1, 0)\nshape (3, 2), stride (1, 3)", ha="left", fontsize=12)
    _grid(ax, np.arange(6, dtype=float)[None], 12, -1.6, face=[[LIGHT["grey"]] * 6])
    ax.text(12, 0.35, "memory, shared by both:\none flat block", fontsize=12, ha="left")
    order = [0, 3, 1, 4, 2, 5]
    for k in range(5):
        a, b = 12 + order[k] + 0.5, 12 + order[k + 1] + 0.5
        _arrow(ax, (a, -1.45), (b, -1.45), color=ORANGE, rad=-0.6 if b > a else 0.6, lw=1.2,
               shrink=1)
    ax.text(12, -4.0, "reading t.T row by row jumps around\nmemory (orange): not contiguous,\n"
            "so .view(6) raises an error;\n.reshape(6) copies when it must.", fontsize=12,
            va="center")
    return fig


def autograd_graph():
    fig, ax = _canvas(11, 4.0, (-0.5, 22), (-3.9, 3.8))
    leaves = {"w": (0.8, 2.6), "x": (0.8, 0.6), "b": (5.2, 2.6), "y": (9.6, 2.6)}
    for name, (x, y) in leaves.items():
        grad = name in "wb"
        _box(ax, x, y, 1.5, 1.0, name, face="green" if grad else "grey",
             edge=GREEN if grad else GREY, size=14)
    ax.text(0.8, 3.45, "requires_grad", ha="center", fontsize=10, color=GREEN)
    ops = [("MulBackward0", 3.4, 0.6), ("AddBackward0", 7.8, 0.6), ("SubBackward0", 12.2, 0.6),
           ("PowBackward0", 16.6, 0.6)]
    for name, x, y in ops:
        _box(ax, x, y, 3.3, 1.0, name, face="purple", edge=PURPLE, size=10.5)
    _arrow(ax, (1.55, 2.3), (2.4, 1.1))
    _arrow(ax, (1.55, 0.6), (1.75, 0.6), shrink=0)
    _arrow(ax, (5.05, 0.6), (6.15, 0.6), shrink=0)
    _arrow(ax, (5.2, 2.1), (6.7, 1.1))
    _arrow(ax, (9.45, 0.6), (10.55, 0.6), shrink=0)
    _arrow(ax, (9.6, 2.1), (11.1, 1.1))
    _arrow(ax, (13.85, 0.6), (14.95, 0.6), shrink=0)
    _box(ax, 20.0, 0.6, 2.6, 1.0, "loss", face="blue", size=13)
    _arrow(ax, (18.25, 0.6), (18.7, 0.6), shrink=0)
    ax.text(20.0, 1.55, "loss.grad_fn", ha="center", fontsize=10, color=PURPLE)
    _arrow(ax, (19.5, 0.0), (1.2, 0.0), color=RED, rad=-0.12, lw=1.8)
    ax.text(10.5, -2.6, "loss.backward(): walk the graph backwards, multiply local derivatives,\n"
            "add the results into w.grad and b.grad (leaves with requires_grad=True)",
            ha="center", fontsize=12, color=RED)
    ax.text(10.5, 3.4, "loss = ((w * x + b) - y) ** 2", ha="center", fontsize=13,
            family="monospace")
    return fig


def gather_q():
    fig, ax = _canvas(10, 3.9, (-1.5, 18.5), (-6.6, 1.3))
    rng = np.random.default_rng(7)
    q = np.round(rng.normal(0, 1, (5, 3)), 1) + 0.0
    actions = np.array([2, 0, 1, 1, 0])
    face = [[LIGHT["orange"] if j == actions[i] else "white" for j in range(3)] for i in range(5)]
    _grid(ax, q, 0, 0, face=face, fmt="{:.1f}", size=12)
    ax.text(1.5, 0.5, "q = net(obs): (B, A) = (5, 3)", ha="center", fontsize=12)
    for j in range(3):
        ax.text(j + 0.5, -5.4, f"a={j}", ha="center", fontsize=10, color=GREY)
    _grid(ax, actions[:, None].astype(float), 6, 0, face=[[LIGHT["grey"]]] * 5, size=12)
    ax.text(6.5, 0.5, "actions: (5,)", ha="center", fontsize=12)
    _grid(ax, q[np.arange(5), actions][:, None], 11, 0, face=[[LIGHT["orange"]]] * 5,
          fmt="{:.1f}", size=12)
    ax.text(11.5, 0.5, "q_sa: (5,)", ha="center", fontsize=12)
    _arrow(ax, (7.3, -2.5), (10.7, -2.5), text="gather along\ndim 1", offset=(0, 0.6))
    ax.text(8.5, -6.3, "q.gather(1, actions.unsqueeze(1)).squeeze(1)  ==  q[torch.arange(B), actions]",
            ha="center", fontsize=12, family="monospace")
    return fig


# ---------------------------------------------------------------------------- deck 3

def decision_boundary():
    curves, params, (Xtr, ytr, _, _) = _moons_run(n_train=400, epochs=100, batch=32, every=10)
    fig, ax = plt.subplots(figsize=(6, 4.3))
    a, b = np.meshgrid(np.linspace(-1.6, 2.6, 210), np.linspace(-1.2, 1.6, 140))
    scores = _mlp_forward(params, np.c_[a.ravel(), b.ravel()])[0]
    z = scores[:, 1] - scores[:, 0]
    prob = 1 / (1 + np.exp(-z.reshape(a.shape)))
    ax.contourf(a, b, prob, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.55)
    ax.contour(a, b, prob, levels=[0.5], colors="k", linewidths=2)
    for label, color in [(0, BLUE), (1, RED)]:
        ax.scatter(*Xtr[ytr == label].T, s=14, color=color, edgecolor="k", lw=0.4,
                   label=f"class {label}")
    ax.set(title=f"MLP 2-64-64-2, Adam: validation accuracy {curves['val_acc'][-1]:.2f}",
           xlabel="$x_1$", ylabel="$x_2$")
    ax.grid(False)
    ax.legend(loc="lower left", fontsize=10)
    return fig


def learning_curves():
    curves = _moons_run()[0]
    epochs = curves["epoch"]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6))
    ax1.plot(epochs, curves["train_loss"], label="training")
    ax1.plot(epochs, curves["val_loss"], label="validation")
    ax1.set(yscale="log", xlabel="epoch", ylabel="cross-entropy", title="loss")
    ax2.plot(epochs, curves["train_acc"], label="training")
    ax2.plot(epochs, curves["val_acc"], label="validation")
    ax2.set(xlabel="epoch", ylabel="accuracy", title="accuracy", ylim=(0.7, 1.01))
    best = epochs[np.argmin(curves["val_loss"])]
    for ax in (ax1, ax2):
        ax.axvline(best, color=GREY, ls="--", lw=1)
    ax1.text(best + 20, curves["val_loss"].max() * 0.6, "best validation\nloss", color=GREY,
             fontsize=10)
    ax1.legend()
    fig.suptitle("2-64-64-2 MLP on only 80 two-moons points: the gap opens", y=1.02)
    fig.tight_layout()
    return fig


def actor_critic():
    fig, ax = _canvas(9.5, 3.8, (-0.5, 19.5), (-3.8, 3.8))
    _box(ax, 1.2, 0, 2.2, 1.2, "state $s$\n(B, obs_dim)", face="grey", edge=GREY, size=11)
    _box(ax, 5.4, 0, 3.2, 2.2, "shared torso\nLinear-ReLU\nLinear-ReLU", size=11)
    _box(ax, 10.6, 2.0, 3.0, 1.2, "policy head\nLinear → (B, A)", face="orange", edge=ORANGE,
         size=11)
    _box(ax, 10.6, -2.0, 3.0, 1.2, "value head\nLinear → (B, 1)", face="green", edge=GREEN,
         size=11)
    _box(ax, 16.2, 2.0, 4.4, 1.2, r"logits → $\pi(a \mid s)$" + "\nCategorical(logits=...)",
         face="orange", edge=ORANGE, size=11)
    _box(ax, 16.2, -2.0, 4.4, 1.2, "$V(s)$: squeeze → (B,)", face="green", edge=GREEN, size=11)
    _arrow(ax, (2.35, 0), (3.75, 0))
    _arrow(ax, (7.05, 0.5), (9.05, 1.8))
    _arrow(ax, (7.05, -0.5), (9.05, -1.8))
    _arrow(ax, (12.15, 2.0), (13.95, 2.0))
    _arrow(ax, (12.15, -2.0), (13.95, -2.0))
    ax.text(16.2, 3.25, "actor: what to do", ha="center", fontsize=12, color=ORANGE)
    ax.text(16.2, -3.3, "critic: how good is it here", ha="center", fontsize=12, color=GREEN)
    return fig


def minibatch_noise():
    full = _moons_run(n_train=400, epochs=100, batch=None, every=10)[0]
    mini = _moons_run(n_train=400, epochs=100, batch=32, every=10)[0]
    fig, ax = plt.subplots(figsize=(6, 3.8))
    ax.plot(full["epoch"], full["train_loss"], "o-", label="full batch (1 step per epoch)")
    ax.plot(mini["epoch"], mini["train_loss"], "o-",
            label="mini-batches of 32 (13 steps per epoch)")
    ax.set(xlabel="epoch", ylabel="training loss", title="Same epochs, more updates")
    ax.legend(fontsize=10)
    return fig


# ---------------------------------------------------------------------------- deck 4

def conv_sliding():
    image = np.array([[0, 0, 1, 1, 0, 0], [0, 1, 2, 2, 1, 0], [1, 2, 3, 3, 2, 1],
                      [1, 2, 3, 3, 2, 1], [0, 1, 2, 2, 1, 0], [0, 0, 1, 1, 0, 0]], float)
    kernel = np.array([[1, 0, -1], [1, 0, -1], [1, 0, -1]], float)
    out = _conv2d(image, kernel)
    fig, ax = _canvas(11, 3.9, (-0.4, 21.5), (-7.3, 1.3))
    r, c = 1, 2
    face = [[LIGHT["orange"] if r <= i < r + 3 and c <= j < c + 3 else "white" for j in range(6)]
            for i in range(6)]
    _grid(ax, image, 0, 0, face=face)
    ax.add_patch(Rectangle((c, -(r + 3)), 3, 3, fill=False, edgecolor=ORANGE, lw=3))
    ax.text(3, 0.5, "input 6×6", ha="center", fontsize=12)
    ax.text(7.0, -3, "⋆", fontsize=26, ha="center", va="center")
    _grid(ax, kernel, 8, -1.5, face=[[LIGHT["blue"]] * 3] * 3)
    ax.text(9.5, -1.0, "kernel 3×3", ha="center", fontsize=12)
    ax.text(12.0, -3, "=", fontsize=26, ha="center", va="center")
    oface = [[LIGHT["orange"] if (i, j) == (r, c) else "white" for j in range(4)] for i in range(4)]
    _grid(ax, out, 13, -1.0, face=oface)
    ax.text(15, -0.5, "output 4×4", ha="center", fontsize=12)
    window = image[r:r + 3, c:c + 3]
    terms = " + ".join(f"{w:g}·{k:g}" for w, k in zip(window[:, 0], kernel[:, 0]))
    terms2 = " + ".join(f"{w:g}·({k:g})" for w, k in zip(window[:, 2], kernel[:, 2]))
    ax.text(0, -6.6, f"out[1, 2] = {terms} + {terms2} = {out[r, c]:g}   (middle column × 0)",
            fontsize=12)
    ax.text(17.6, -2.3, "slide the window\none step at a time;\nsame 9 weights\neverywhere\n"
            "(weight sharing)", fontsize=11.5, va="top")
    return fig


def stride_dilation():
    settings = [("K=3, P=0, S=1, D=1", 3, 0, 1, 1), ("K=3, P=1, S=1, D=1", 3, 1, 1, 1),
                ("K=3, P=0, S=2, D=1", 3, 0, 2, 1), ("K=3, P=0, S=1, D=2", 3, 0, 1, 2)]
    fig, axes = plt.subplots(1, 4, figsize=(12, 3.6))
    W = 7
    for ax, (title, K, P, S, D) in zip(axes, settings):
        n = W + 2 * P
        ax.set_xlim(-0.3, n + 0.3)
        ax.set_ylim(-n - 0.3, 0.3)
        ax.set_aspect("equal")
        ax.axis("off")
        for i in range(n):
            for j in range(n):
                pad = not (P <= i < n - P and P <= j < n - P)
                ax.add_patch(Rectangle((j, -i - 1), 1, 1, facecolor="#edf0f4" if pad else "white",
                                       edgecolor="#a0aec0", lw=0.8, hatch="//" if pad else None))
        for (oi, oj), color in [((0, 0), ORANGE), ((0, 1), BLUE)]:
            for a in range(K):
                for b in range(K):
                    i, j = oi * S + a * D, oj * S + b * D
                    ax.add_patch(Rectangle((j + 0.12, -i - 0.88), 0.76, 0.76, facecolor=color,
                                           alpha=0.45, edgecolor=color))
        out = _conv_out(W, K, S, P, D)
        ax.set_title(f"{title}\nW = 7 → {out}×{out}", fontsize=12)
    fig.text(0.5, 0.04, "orange: window of output (0, 0); blue: window of output (0, 1); "
             "hatched: zero padding", ha="center", fontsize=11)
    return fig


def pooling():
    x = np.array([[1, 3, 2, 0], [5, 6, 1, 2], [7, 2, 9, 4], [0, 1, 3, 8]], float)
    colors = [[LIGHT["blue"], LIGHT["orange"]], [LIGHT["green"], LIGHT["purple"]]]
    face = [[colors[i // 2][j // 2] for j in range(4)] for i in range(4)]
    fig, ax = _canvas(9, 3.5, (-0.3, 16), (-6.3, 1.0))
    _grid(ax, x, 0, 0, face=face)
    ax.text(2, 0.45, "input 4×4", ha="center", fontsize=12)
    mx = x.reshape(2, 2, 2, 2).max(axis=(1, 3))
    av = x.reshape(2, 2, 2, 2).mean(axis=(1, 3))
    _grid(ax, mx, 6.5, -1, face=colors)
    ax.text(7.5, -0.55, "max pool 2×2", ha="center", fontsize=12)
    _grid(ax, av, 11.5, -1, face=colors)
    ax.text(12.5, -0.55, "average pool 2×2", ha="center", fontsize=12)
    _arrow(ax, (4.2, -2), (6.3, -2))
    _arrow(ax, (9.0, -2), (11.3, -2))
    ax.text(8, -5.0, "kernel 2, stride 2 (nn.MaxPool2d's stride defaults to its kernel size);\n"
            "no weights; each channel is pooled separately", ha="center", fontsize=11)
    return fig


def _shape_image():
    n = 32
    yy, xx = np.mgrid[:n, :n]
    img = np.zeros((n, n))
    img[6:26, 5:9] = 1
    img[6:10, 5:20] = 1
    img += ((xx - 21) ** 2 + (yy - 20) ** 2 < 36).astype(float)
    for k in range(12):
        img[24 - k // 1, 13 + k] = 1
        img[24 - k // 1, 14 + k] = 1
    return np.clip(img, 0, 1)


def feature_maps():
    img = _shape_image()
    padded = np.pad(img, 1)
    kernels = {"vertical edges": np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]], float),
               "horizontal edges": np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]], float),
               "diagonal edges": np.array([[0, 1, 2], [-1, 0, 1], [-2, -1, 0]], float),
               "blur": np.full((3, 3), 1 / 9)}
    fig, axes = plt.subplots(1, 5, figsize=(12, 2.9))
    axes[0].imshow(img, cmap="gray_r")
    axes[0].set_title("input (1 channel)")
    for ax, (name, k) in zip(axes[1:], kernels.items()):
        ax.imshow(np.maximum(_conv2d(padded, k), 0), cmap="magma")
        ax.set_title(name, fontsize=12)
    for ax in axes:
        ax.axis("off")
    fig.text(0.5, 0.0, "ReLU(conv) with four hand-set 3×3 filters → 4 output channels "
             "(feature maps); a trained CNN learns its own filters", ha="center", fontsize=11)
    return fig


def nature_dqn(actions=4):
    layers = [("input", 4, 84, None), ("conv 8×8 /4", 32, _conv_out(84, 8, 4), (8, 4)),
              ("conv 4×4 /2", 64, _conv_out(20, 4, 2), (4, 2)),
              ("conv 3×3 /1", 64, _conv_out(9, 3, 1), (3, 1))]
    params = []
    channels = 4
    for _, c, _, k in layers[1:]:
        params.append(c * channels * k[0] * k[0] + c)
        channels = c
    flat = layers[-1][1] * layers[-1][2] ** 2
    params.append(flat * 512 + 512)
    params.append(512 * actions + actions)
    assert sum(params) == 1_684_128 + 513 * actions
    fig, ax = _canvas(12, 4.1, (-0.5, 25.5), (-5.0, 4.2))
    x = 0.0
    for k, (name, c, size, _) in enumerate(layers):
        side = 0.9 + 3.4 * size / 84
        depth = 0.25 + 0.03 * c
        for d in np.linspace(depth, 0, 5):
            ax.add_patch(Rectangle((x + d * 0.6, -side / 2 + d * 0.5), side * 0.55, side,
                                   facecolor=LIGHT["blue"] if k else LIGHT["grey"],
                                   edgecolor=BLUE if k else GREY, lw=1))
        label = f"{c}×{size}×{size}" if k else "4×84×84\n(4 frames)"
        ax.text(x + side * 0.27 + depth * 0.3, -side / 2 - 0.55, label, ha="center", va="top",
                fontsize=11)
        if k:
            ax.text(x - 0.9, 2.75, name, ha="center", fontsize=11, color=PURPLE)
            ax.text(x - 0.9, 3.55, f"{params[k - 1]:,}", ha="center", fontsize=11, color=RED)
        x += side * 0.55 + depth * 0.6 + 2.1
    for label, count, height in [(f"flatten\n{flat:,}", None, 3.6), ("FC\n512", params[-2], 2.6),
                                 (f"Q-values\nA = {actions}", params[-1], 1.0)]:
        ax.add_patch(Rectangle((x, -height / 2), 0.55, height, facecolor=LIGHT["orange"],
                               edgecolor=ORANGE))
        ax.text(x + 0.27, -height / 2 - 0.55 if height > 3 else -2.35, label, ha="center",
                va="top", fontsize=11)
        if count:
            ax.text(x - 0.9, 2.75, "linear", ha="center", fontsize=11, color=PURPLE)
            ax.text(x - 0.9, 3.55, f"{count:,}", ha="center", fontsize=11, color=RED)
        x += 2.6
    ax.text(12.5, -4.7, f"ReLU after every layer but the last.   Parameters (red): "
            f"{sum(params):,} = 1,684,128 + 513·A with A = {actions}", ha="center", fontsize=12)
    return fig


# ---------------------------------------------------------------------------- deck 5

def overfitting():
    rng = np.random.default_rng(4)
    x = np.sort(rng.uniform(-1, 1, 14))
    truth = lambda t: np.sin(3 * t)  # noqa: E731
    y = truth(x) + rng.normal(0, 0.2, x.size)
    xv = rng.uniform(-1, 1, 200)
    yv = truth(xv) + rng.normal(0, 0.2, xv.size)
    grid = np.linspace(-1, 1, 300)
    fig, axes = plt.subplots(1, 4, figsize=(13, 4.2), gridspec_kw={"width_ratios": [1, 1, 1, 1.25]})
    features = lambda t, d: np.polynomial.legendre.legvander(t, d)  # noqa: E731
    errors = []
    for d in range(0, 14):
        w = np.linalg.lstsq(features(x, d), y, rcond=None)[0]
        errors.append((np.mean((features(x, d) @ w - y) ** 2),
                       np.mean((features(xv, d) @ w - yv) ** 2)))
    for ax, d, title in zip(axes, (1, 4, 13), ("degree 1: underfits", "degree 4: about right",
                                                "degree 13: overfits")):
        w = np.linalg.lstsq(features(x, d), y, rcond=None)[0]
        ax.plot(grid, truth(grid), color=GREY, ls="--", lw=1.4, label="truth")
        ax.plot(grid, features(grid, d) @ w, color=BLUE, label="fit")
        ax.scatter(x, y, color=ORANGE, edgecolor="k", zorder=3, s=30, label="14 training points")
        ax.set(ylim=(-2, 2), title=title, xticks=[], yticks=[])
    axes[0].legend(fontsize=9, loc="lower right")
    errors = np.array(errors)
    axes[3].semilogy(range(14), errors[:, 0], "o-", ms=4, label="training")
    axes[3].semilogy(range(14), errors[:, 1], "o-", ms=4, label="validation")
    axes[3].set(xlabel="polynomial degree (capacity)", ylabel="MSE", title="error vs capacity",
                ylim=(1e-3, 10))
    axes[3].legend(fontsize=10)
    fig.tight_layout()
    return fig


def early_stopping():
    curves = _moons_run()[0]
    val = curves["val_loss"]
    epochs = curves["epoch"]
    best = epochs[np.argmin(val)]
    patience = 150
    stop = best + patience
    fig, ax = plt.subplots(figsize=(6.2, 3.9))
    ax.plot(epochs, curves["train_loss"], label="training loss")
    ax.plot(epochs, val, label="validation loss")
    ax.axvline(best, color=GREEN, ls="--", lw=1.4)
    ax.axvspan(best, stop, color=GREEN, alpha=0.1)
    ax.axvline(stop, color=RED, ls="--", lw=1.4)
    ax.text(best, val.max() * 0.95, " best: save\n checkpoint", color=GREEN, fontsize=10, va="top")
    ax.text(stop, val.max() * 0.5, f" stop after\n {patience} epochs\n without\n improvement",
            color=RED, fontsize=10, va="top")
    ax.set(yscale="log", xlabel="epoch", ylabel="cross-entropy",
           title="Early stopping: keep the best, not the last")
    ax.legend(loc="lower left", fontsize=10)
    return fig


def dropout_masks():
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.4))
    rng = np.random.default_rng(11)
    for k, ax in enumerate(axes):
        ax.set_xlim(-0.6, 7.2)
        ax.set_ylim(-3.0, 2.9)
        ax.set_aspect("equal")
        ax.axis("off")
        dropped = {(layer, i) for layer in (1, 2) for i in range(6) if rng.random() < 0.5}
        _network(ax, [4, 6, 6, 2], x_gap=2.2, y_gap=0.85, radius=0.3, dropped=dropped)
        ax.set_title(f"step {k + 1}: {len(dropped)} of 12 hidden units dropped", fontsize=11)
    fig.text(0.5, 0.1, "p = 0.5: a fresh random mask every forward pass in train(); kept units "
             "are multiplied by 1/(1-p) = 2.   eval(): no mask, no scaling.", ha="center",
             fontsize=11)
    return fig


def batchnorm_stats():
    rng = np.random.default_rng(5)
    pop_mean, pop_std = 3.0, 2.0
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 3.7))
    batches = [rng.normal(pop_mean, pop_std, 64) + rng.normal(0, 0.2) for _ in range(3)]
    bins = np.linspace(-6, 10, 40)
    for k, b in enumerate(batches):
        ax1.hist(b, bins=bins, alpha=0.35, color=BLUE, label="before BN" if k == 0 else None)
        ax1.hist((b - b.mean()) / np.sqrt(b.var() + 1e-5), bins=bins, alpha=0.35, color=ORANGE,
                 label="after BN" if k == 0 else None)
    ax1.set(title="one unit's pre-activation, 3 mini-batches of 64", xlabel="value")
    ax1.legend(fontsize=10)
    steps = 100
    means, running = [], [0.0]
    for _ in range(steps):
        m = rng.normal(pop_mean, pop_std, 64).mean()
        means.append(m)
        running.append(0.9 * running[-1] + 0.1 * m)
    ax2.plot(range(1, steps + 1), means, ".", color=GREY, label="batch mean (used in train())")
    ax2.plot(range(steps + 1), running, color=ORANGE,
             label="running_mean (used in eval()), momentum 0.1")
    ax2.axhline(pop_mean, color=GREEN, ls="--", lw=1.2, label="population mean")
    ax2.set(xlabel="training step", title="running statistics start at 0 and catch up",
            ylim=(-0.3, 4.6))
    ax2.legend(fontsize=9.5, loc="lower right")
    fig.tight_layout()
    return fig


def vanishing_gradients():
    rng = np.random.default_rng(0)
    depth, width, batch = 30, 64, 32
    x0 = rng.normal(0, 1, (batch, width))
    Ws = [rng.normal(0, 1, (width, width)) for _ in range(depth)]
    setups = {"sigmoid: vanishes": ("sigmoid", 1.0, False),
              "sigmoid + residual, $h + f(h)$": ("sigmoid", 1.0, True),
              "ReLU, He init $\\mathcal{N}(0, 2/n)$": ("relu", 2.0, False)}
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    for label, (act, gain, residual) in setups.items():
        h, cache = x0, []
        for W in Ws:
            Wl = W * np.sqrt(gain / width)
            a = h @ Wl
            f = 1 / (1 + np.exp(-a)) if act == "sigmoid" else np.maximum(a, 0)
            cache.append((Wl, a))
            h = h + f if residual else f
        g = np.ones_like(h) / batch
        norms = []
        for Wl, a in reversed(cache):
            if act == "sigmoid":
                s = 1 / (1 + np.exp(-a))
                local = s * (1 - s)
            else:
                local = (a > 0).astype(float)
            branch = (g * local) @ Wl.T
            g = g + branch if residual else branch
            norms.append(np.linalg.norm(g))
        ax.semilogy(range(depth, 0, -1), norms, "o-", ms=3, label=label)
    ax.set(xlabel="layer (1 = closest to the input)", ylabel=r"$\|\partial L / \partial h_\ell\|$",
           title="Gradient size per layer, 30-layer MLP at initialisation")
    ax.legend(fontsize=9.5)
    return fig


def residual_block():
    # The pre-activation block of Assignment 5 (q7): no ReLU after the addition.
    fig, ax = _canvas(10.5, 2.9, (-0.6, 19.4), (-1.9, 3.2))
    items = [(0.6, "$x$", "grey"), (3.4, "ReLU", "blue"), (6.6, "Linear", "blue"),
             (9.8, "ReLU", "blue"), (13.0, "Linear", "blue")]
    for x, text, face in items:
        _box(ax, x, 0, 2.2 if face == "blue" else 1.2, 1.4, text, face=face,
             edge=BLUE if face == "blue" else GREY, size=11)
    for (x1, _, f1), (x2, _, f2) in zip(items[:-1], items[1:]):
        _arrow(ax, (x1 + (1.1 if f1 == "blue" else 0.6), 0), (x2 - 1.1, 0))
    ax.add_patch(Circle((15.8, 0), 0.5, facecolor="white", edgecolor="k", lw=1.6))
    ax.text(15.8, 0, "+", ha="center", va="center", fontsize=18)
    _arrow(ax, (14.1, 0), (15.3, 0))
    _box(ax, 18.0, 0, 1.4, 1.4, "$y$", size=11)
    _arrow(ax, (16.3, 0), (17.3, 0))
    ax.plot([0.6, 0.6, 15.8], [0.7, 1.9, 1.9], color=GREEN, lw=2.2)
    _arrow(ax, (15.8, 1.9), (15.8, 0.5), color=GREEN, lw=2.2, shrink=0)
    ax.text(8.2, 2.3, "identity shortcut: the gradient flows straight through,  "
            r"$\partial y / \partial x = I + \partial F / \partial x$", ha="center",
            fontsize=12, color=GREEN)
    ax.text(8.2, -1.45, "residual branch $F(x)$; nothing after the addition", ha="center",
            fontsize=12, color=BLUE)
    return fig


def attention_weights():
    rng = np.random.default_rng(8)
    T, d = 8, 4
    x = rng.normal(0, 1, (T, d))
    x[5] = x[1] + rng.normal(0, 0.2, d)
    x[7] = x[1] + rng.normal(0, 0.2, d)
    q = k = x
    scores = q @ k.T / np.sqrt(d) * 2.5
    scores[np.triu_indices(T, 1)] = -np.inf
    w = np.exp(scores - scores.max(1, keepdims=True))
    w /= w.sum(1, keepdims=True)
    fig, ax = plt.subplots(figsize=(5.2, 4.2))
    im = ax.imshow(np.where(np.isfinite(scores), w, np.nan), cmap="Blues", vmin=0, vmax=1)
    for i in range(T):
        for j in range(i + 1):
            ax.text(j, i, f"{w[i, j]:.2f}", ha="center", va="center", fontsize=8.5,
                    color="white" if w[i, j] > 0.6 else "k")
    ax.set(xticks=range(T), yticks=range(T), xlabel="key: earlier step $j$",
           ylabel="query: step $t$", title="causal attention weights (rows sum to 1)")
    ax.grid(False)
    fig.colorbar(im, ax=ax, fraction=0.046)
    return fig


# ---------------------------------------------------------------------------- deck 6

@lru_cache(maxsize=None)
def _random_walk(n=1000, jump=100):
    """Sutton & Barto's 1000-state random walk: true values and on-policy distribution."""
    P = np.zeros((n, n))
    r = np.zeros(n)
    for s in range(n):
        for step in list(range(-jump, 0)) + list(range(1, jump + 1)):
            t = s + step
            if t < 0:
                r[s] -= 1 / (2 * jump)
            elif t >= n:
                r[s] += 1 / (2 * jump)
            else:
                P[s, t] += 1 / (2 * jump)
    v = np.linalg.solve(np.eye(n) - P, r)
    start = np.zeros(n)
    start[n // 2] = 1
    eta = np.linalg.solve(np.eye(n) - P.T, start)
    return v, eta / eta.sum()


def aggregation_vs_fa():
    v, mu = _random_walk()
    s = np.arange(1, 1001)
    groups = np.repeat(np.arange(10), 100)
    agg = np.array([np.average(v[groups == g], weights=mu[groups == g]) for g in range(10)])[groups]
    x = (s - 500.5) / 499.5
    phi = np.polynomial.legendre.legvander(x, 5)
    sw = np.sqrt(mu)
    w = np.linalg.lstsq(phi * sw[:, None], v * sw, rcond=None)[0]
    fig, ax = plt.subplots(figsize=(7.2, 3.9))
    ax.plot(s, v, color="k", lw=1.6, label=r"true $v_\pi(s)$")
    ax.plot(s, agg, color=ORANGE, label="state aggregation: 10 groups, 10 weights")
    ax.plot(s, phi @ w, color=BLUE, ls="--", label="polynomial features: 6 weights")
    ax.set(xlabel="state $s$ (1000 states)", ylabel="value",
           title=r"1000-state random walk: best fits weighted by $\mu(s)$")
    ax2 = ax.twinx()
    ax2.fill_between(s, mu, color=GREEN, alpha=0.15)
    ax2.set_yticks([])
    ax2.set_ylim(0, np.sort(mu)[-10] * 3)
    ax2.spines["right"].set_visible(False)
    ax.text(500, -0.95, r"on-policy distribution $\mu(s)$ (shaded)", color=GREEN, ha="center",
            fontsize=10)
    ax.legend(loc="upper left", fontsize=10)
    return fig


def td_target():
    fig, ax = _canvas(12, 4.4, (-0.5, 26), (-4.0, 4.6))
    _box(ax, 1.7, 0, 3.2, 2.6, "batch from\nreplay buffer\n$(s, a, r, s',$\nterminated$)$",
         face="grey", edge=GREY, size=11)
    _box(ax, 7.9, 2.4, 4.0, 1.2, r"online $Q_\theta(s, \cdot)$", size=12)
    _box(ax, 13.2, 2.4, 3.4, 1.2, "gather $a$\n→ $Q_\\theta(s, a)$", size=11)
    ax.add_patch(FancyBboxPatch((5.6, -3.0), 14.6, 2.1, boxstyle="round,pad=0.1",
                                facecolor="#f7fafc", edgecolor=GREY, ls="--", lw=1.4))
    ax.text(12.9, -3.65, "inside torch.no_grad(): no graph, no gradient", ha="center",
            fontsize=11, color=GREY)
    _box(ax, 7.9, -1.95, 4.2, 1.3, r"target $Q_{\theta^-}(s', \cdot)$", face="purple",
         edge=PURPLE, size=12)
    _box(ax, 12.3, -1.95, 2.0, 1.3, r"$\max_{a'}$", face="purple", edge=PURPLE, size=12)
    _box(ax, 16.9, -1.95, 5.6, 1.5, r"$y = r + \gamma\,(1 - \mathrm{term})$" + "\n"
         + r"$\quad\cdot \max_{a'} Q_{\theta^-}(s', a')$", face="purple", edge=PURPLE,
         size=11)
    _box(ax, 23.3, 0.2, 4.4, 1.4, r"Huber$(Q_\theta(s,a) - y)$", face="orange", edge=ORANGE,
         size=12)
    _arrow(ax, (3.3, 0.8), (5.8, 2.3), text="$s$", offset=(-0.3, 0.4))
    _arrow(ax, (3.3, -0.8), (5.7, -1.8), text="$s'$", offset=(-0.3, -0.4))
    _arrow(ax, (9.9, 2.4), (11.5, 2.4))
    _arrow(ax, (10.0, -1.95), (11.3, -1.95))
    _arrow(ax, (13.3, -1.95), (14.1, -1.95))
    _arrow(ax, (14.9, 2.4), (21.5, 0.95))
    _arrow(ax, (19.7, -1.2), (21.6, -0.5))
    _arrow(ax, (22.0, 1.0), (9.3, 3.05), color=RED, rad=0.25, lw=1.8)
    ax.text(17.5, 4.35, "backward(): gradients only into θ", ha="center", fontsize=11, color=RED)
    ax.text(8.1, 0.35, "copy θ → θ⁻\nevery C steps", ha="left", va="center", fontsize=10.5,
            color=PURPLE)
    _arrow(ax, (7.9, 1.75), (7.9, -1.25), color=PURPLE, ls="--", lw=1.2)
    return fig


def huber():
    e = np.linspace(-3, 3, 301)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.4))
    hub = np.where(np.abs(e) <= 1, 0.5 * e ** 2, np.abs(e) - 0.5)
    ax1.plot(e, 0.5 * e ** 2, label=r"$\frac{1}{2}e^2$ (MSE)")
    ax1.plot(e, hub, label=r"Huber, $\delta = 1$")
    ax1.set(title="loss", xlabel="TD error $e = Q_\\theta(s,a) - y$", ylim=(-0.1, 4.5))
    ax2.plot(e, e, label="MSE: grows with $e$")
    ax2.plot(e, np.clip(e, -1, 1), label="Huber: clipped to $[-1, 1]$")
    ax2.set(title="gradient $\\partial\\,$loss$/\\partial e$", xlabel="$e$")
    ax1.legend(fontsize=10)
    ax2.legend(fontsize=10, loc="upper left")
    fig.tight_layout()
    return fig


def epsilon_schedule():
    steps = np.linspace(0, 5e6, 501)
    eps = np.maximum(0.1, 1 - 0.9 * steps / 1e6)
    fig, ax = plt.subplots(figsize=(6, 3.4))
    ax.plot(steps / 1e6, eps)
    ax.axvline(0.05, color=GREY, ls=":", lw=1.2)
    ax.text(1.3, 0.55, "first 50k steps: random actions\nfill the replay buffer, no learning",
            fontsize=10, color=GREY)
    ax.set(xlabel="agent steps (millions; one step = 4 frames)", ylabel="$\\varepsilon$", ylim=(0, 1.05),
           title="Nature DQN: $\\varepsilon$ from 1 to 0.1 over 1M steps")
    return fig
