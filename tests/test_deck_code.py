"""The recitation decks' Python, checked against the graded solution.

Every question links the slides that explain it, so a slide whose code contradicts the
graded contract is a wrong answer key. For each deck, one subprocess (a fresh interpreter):

- defines what the master notebook `solutions/<slug>/<slug>.ipynb` defines: of the code
  cells outside `# BEGIN TESTS` ... `# END TESTS`, not starting with `# AUTOGRADER: SKIP`,
  the imports, functions, classes and assignments of the cells that define something (no
  demo, plot or training run: a few seconds per deck), without Otter or `grader` calls;
- runs the deck's CONTEXT below (the variables the slides take as given: a model, a batch,
  an environment), then each ```python block of the deck in a fresh copy of that
  namespace. A block whose first line is `# fragment` (autograder.slides.FRAGMENT_MARKER,
  not shown on the slide) is a deliberate piece of a program: it is parsed, not run;
- checks every call of a graded function (a function or class the master defines between
  `# BEGIN SOLUTION` and `# END SOLUTION`) against its signature (`inspect.signature
  (...).bind` with the call's number of positional arguments and its keywords), and every
  graded function a block defines against the graded parameter names.

Besides, each deck's `#questions` table must give each question's notebook section (§) and
exactly the slides that question's text in the master links (`<deck>.html#<id>`).
"""
import ast
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the subprocess below
    sys.path.insert(0, str(ROOT))

from autograder import course, slides  # noqa: E402

DECKS = slides.DECKS
TIMEOUT = 120
KEPT = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign)
DEFINES = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)

# What the slides of a deck take as given, run after the master's definitions. Small: a few
# examples, tiny networks, a few hundred environment steps at most.
CONTEXT = {
    "01_numpy_backprop": """
rng = np.random.default_rng(0)
X, y = rng.normal(size=(20, 2)), rng.integers(0, 2, 20)
epochs, lr = 3, 1e-2
""",
    "02_pytorch_tensors": """
B, A, obs_dim, n_actions = 5, 3, 4, 3
batch_np = {"obs": np.zeros((B, obs_dim)), "actions": np.array([0, 2, 1, 1, 0]),
            "rewards": np.ones(B), "next_obs": np.zeros((B, obs_dim)),
            "terminated": np.array([False, True, False, False, True])}
q_net = target_net = nn.Linear(obs_dim, n_actions)
obs, s_next = torch.randn(B, obs_dim), torch.randn(B, obs_dim)
obs_np = obs.numpy().astype(np.float64)
q, q_next = torch.randn(B, A), torch.randn(B, A)
a = actions = torch.tensor([0, 2, 1, 1, 0])
r, target = torch.randn(B), torch.randn(B)
terminated = torch.tensor([False, True, False, False, True])
gamma, lr = 0.99, 0.1
w = torch.tensor(2.0, requires_grad=True)
(w * 3.0).backward()
""",
    "03_mlp": """
torch.manual_seed(0)
X, y = torch.randn(100, 2), torch.randint(0, 2, (100,))
x, obs_dim, n_actions, B, gamma, epochs = X, 4, 2, 8, 0.99, 2
import torch.nn.functional as F
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
loss_fn = nn.CrossEntropyLoss()
loader = DataLoader(TensorDataset(X, y), batch_size=32, shuffle=True)
X_val, y_val = X[:20], y[:20]
obs, next_obs = torch.randn(B, obs_dim), torch.randn(B, obs_dim)
rewards = torch.randn(B)
terminated = torch.tensor([False, True, False, False, True, False, False, False])
policy = PolicyNet(obs_dim, n_actions)
""",
    "04_cnn": """
n_actions = 4
frames = torch.randint(0, 256, (2, 4, 84, 84), dtype=torch.uint8)
""",
    "05_regularization": """
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 2))
params = list(model.parameters())
obs_dim, n_actions = 4, 2
obs_seq = torch.randn(2, 5, obs_dim)
""",
    "06_dqn": """
torch.manual_seed(0)
env = gym.make("CartPole-v1")
seed, gamma, tau, total_steps = 0, 0.99, 0.005, 300
batch_size, learning_starts, train_freq, target_freq = 32, 100, 4, 50
rng = np.random.default_rng(seed)
q_net = QNetwork(4, 2, (16,))
target_net = QNetwork(4, 2, (16,))
optimizer = torch.optim.Adam(q_net.parameters(), lr=1e-3)
buffer = ReplayBuffer(1000, (4,), np.float32)
obs, _ = env.reset(seed=seed)
for _ in range(40):
    next_obs, reward, terminated, truncated, _ = env.step(int(rng.integers(2)))
    buffer.add(obs, 0, reward, next_obs, terminated, truncated)
    obs = next_obs if not (terminated or truncated) else env.reset()[0]
obs, _ = env.reset(seed=seed)
batch = buffer.sample(batch_size, rng)
t, states = 0, torch.randn(5, 4)           # a step, a batch of B = 5 states
action, reward, terminated, truncated = 0, 1.0, False, False
""",
}


# ---------------------------------------------------------------------------- reading

def deck_blocks(slug):
    """[(slide id, number of the block on its slide, code), ...]: the deck's ```python blocks."""
    text = (slides.RECITATIONS / f"{slug}.md").read_text(encoding="utf-8")
    blocks = []
    for slide in slides.parse_deck(text, f"{slug}.md"):
        body = "\n".join(slide["columns"])
        found = re.findall(r"^```python[ \t]*\n(.*?)^```[ \t]*$", body, re.M | re.S)
        blocks += [(slide["id"], n, code) for n, code in enumerate(found, start=1)]
    return blocks


def is_fragment(code):
    return code.split("\n", 1)[0].strip() == slides.FRAGMENT_MARKER


def master_cells(slug):
    """[(cell_type, source), ...] of the master notebook."""
    notebook = json.loads(course.get(slug).master.read_text(encoding="utf-8"))
    return [(c["cell_type"], "".join(c["source"])) for c in notebook["cells"]]


def master_code(slug):
    """(the master's definitions as one program, the names its solution cells define)."""
    statements, graded, region = [], [], None
    for kind, source in master_cells(slug):
        if kind == "raw":
            tag = re.match(r"# (BEGIN|END) (TESTS|SOLUTION)", source)
            if tag:
                region = None if tag.group(1) == "END" else tag.group(2)
            continue
        if kind != "code" or region == "TESTS" or source.startswith("# AUTOGRADER: SKIP"):
            continue
        tree = ast.parse(source)
        if not any(isinstance(node, DEFINES) for node in tree.body):
            continue  # a demo, a plot or a printout
        for node in tree.body:
            text = ast.get_source_segment(source, node)
            if isinstance(node, KEPT) and "otter" not in text and "grader." not in text:
                statements.append(text)
                if region == "SOLUTION" and isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                    graded.append(node.name)
    return "\n\n".join(statements), graded


# ---------------------------------------------------------------------------- the subprocess

def graded_call_errors(code, graded):
    """Calls of graded functions in `code` that their graded signature refuses, and graded
    functions `code` redefines with other parameters."""
    errors = []
    tree = ast.parse(code)
    defined = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in graded:
            defined[node.name] = node
    for name, node in defined.items():
        want = list(inspect.signature(graded[name]).parameters)
        if isinstance(node, ast.FunctionDef):
            args = node.args
            got = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
        else:
            init = next((n for n in node.body if isinstance(n, ast.FunctionDef)
                         and n.name == "__init__"), None)
            got = [a.arg for a in init.args.args[1:] + init.args.kwonlyargs] if init else want
        if got != want:
            errors.append(f"defines {name}({', '.join(got)}), but the graded one is "
                          f"{name}({', '.join(want)})")
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in graded and node.func.id not in defined):
            continue
        if any(isinstance(a, ast.Starred) for a in node.args) or \
                any(k.arg is None for k in node.keywords):
            continue  # *args or **kwargs: the count is unknown
        signature = inspect.signature(graded[node.func.id])
        try:
            signature.bind(*[None] * len(node.args), **{k.arg: None for k in node.keywords})
        except TypeError as error:
            errors.append(f"line {node.lineno}: {ast.unparse(node)} does not fit the graded "
                          f"{node.func.id}{signature}: {error}")
    return errors


def run_deck(slug):
    """{"setup": error or None, "blocks": [(slide id, n, "run"/"parsed", [errors])]}."""
    import os
    import traceback
    os.environ["MPLBACKEND"] = "Agg"  # plots are drawn, never shown
    import torch
    from autograder import checks
    torch.set_num_threads(1)
    sys.modules["checks"] = checks  # the notebooks' `from checks import ...` (shipped beside them)
    program, names = master_code(slug)
    namespace = {"__name__": f"master_{slug}"}
    report = {"setup": None, "blocks": []}
    try:
        exec(compile(program, f"{slug}.ipynb", "exec"), namespace)
        graded = {name: namespace[name] for name in names}
        base = dict(namespace)
        exec(compile(CONTEXT.get(slug, ""), f"CONTEXT[{slug!r}]", "exec"), base)
    except Exception:
        report["setup"] = traceback.format_exc(limit=3)
        return report
    for slide_id, number, code in deck_blocks(slug):
        try:
            errors = graded_call_errors(code, graded)
        except SyntaxError as error:
            report["blocks"].append((slide_id, number, "parsed", [f"does not parse: {error}"]))
            continue
        if is_fragment(code):
            report["blocks"].append((slide_id, number, "parsed", errors))
            continue
        tree = ast.parse(code)
        called = {n.func.id for n in ast.walk(tree)
                  if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        errors += [f"defines the graded {n.name} but never calls it: add a call, so that it runs"
                   for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))
                   and n.name in graded and n.name not in called]
        # a fresh copy for each block: a block sees the master and the context, never another block
        scope = dict(namespace)
        exec(compile(CONTEXT.get(slug, ""), f"CONTEXT[{slug!r}]", "exec"), scope)
        where = f"{slug}.md#{slide_id}"
        try:
            exec(compile(code, where, "exec"), scope)
        except Exception as error:
            frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == where]
            line = f"line {frames[-1].lineno}: " if frames else ""
            errors.append(f"{line}raised {type(error).__name__}: {str(error)[:300]}")
        report["blocks"].append((slide_id, number, "run", errors))
    return report


# ---------------------------------------------------------------------------- tests

def deck_report(slug):
    result = subprocess.run([sys.executable, __file__, slug], capture_output=True, text=True,
                            timeout=TIMEOUT, cwd=ROOT)
    found = re.search(r"^REPORT (.*)$", result.stdout, re.M)
    assert found, f"the deck runner crashed (exit {result.returncode}):\n{result.stderr[-3000:]}"
    return json.loads(found.group(1))


def test_fragment_marker_is_not_rendered():
    page, _, _ = slides.render_deck(
        f"# T {{#t}}\n\n```python\n{slides.FRAGMENT_MARKER}\nx = 1\n```\n", slides.Figures())
    assert slides.FRAGMENT_MARKER not in page and "x" in page


def test_graded_calls_are_checked():
    def linear_schedule(start, end, duration, t):
        pass
    graded = {"linear_schedule": linear_schedule}
    assert graded_call_errors("e = linear_schedule(1.0, 0.1, 100, t=5)", graded) == []
    assert len(graded_call_errors("e = linear_schedule(step)", graded)) == 1
    assert len(graded_call_errors("def linear_schedule(t):\n    pass", graded)) == 1


@pytest.mark.parametrize("slug", DECKS)
def test_deck_code_runs_against_the_solution(slug):
    report = deck_report(slug)
    assert report["setup"] is None, f"{slug}: the master's definitions or CONTEXT failed:\n" \
                                    f"{report['setup']}"
    failures = [f"{slug}.md #{slide_id} (block {number}, {how}): {error}"
                for slide_id, number, how, errors in report["blocks"] for error in errors]
    assert not failures, "\n\n".join(failures)
    assert report["blocks"], f"{slug}.md has no python block"


def question_sections(slug):
    """{question: (its section number, the slide ids its text links)} from the master."""
    found, section, current = {}, None, None
    for kind, source in master_cells(slug):
        heading = re.match(r"#+\s*§(\d+)", source) if kind == "markdown" else None
        if heading:
            section = heading.group(1)
        if kind == "raw" and source.startswith("# BEGIN QUESTION"):
            current = re.search(r"^name:\s*(\S+)", source, re.M).group(1)
            found[current] = (section, [])
        elif kind == "raw" and re.match(r"# (BEGIN SOLUTION|BEGIN TESTS|END QUESTION)", source):
            current = None
        elif kind == "markdown" and current:
            found[current][1].extend(re.findall(rf"{re.escape(slug)}\.html#([a-z0-9-]+)", source))
    return found


@pytest.mark.parametrize("slug", DECKS)
def test_questions_table_matches_the_notebook(slug):
    """Each row of `#questions`: the § of its question in the master, and exactly the slides
    that question's text links (compared as `<deck>.html#<id>`, whatever the folder)."""
    text = (slides.RECITATIONS / f"{slug}.md").read_text(encoding="utf-8")
    table = next(s for s in slides.parse_deck(text, slug) if s["id"] == "questions")
    rows = {}
    for line in "\n".join(table["columns"]).splitlines()[2:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.lstrip().startswith("|") and len(cells) == 4:
            rows[cells[0]] = (re.findall(r"§(\d+)", cells[2]), re.findall(r"\]\(#([^)\s]*)\)", cells[3]))
    problems = []
    for question, (section, links) in question_sections(slug).items():
        if question not in rows:
            continue  # test_slides.py reports a missing row
        sections, slide_ids = rows[question]
        if sections != [section]:
            problems.append(f"{question}: the table says §{', §'.join(sections)}, the notebook §{section}")
        if sorted(set(slide_ids)) != sorted(set(links)):
            problems.append(f"{question}: the table links {slide_ids}, the question's text {links}")
    assert not problems, f"{slug}.md #questions:\n" + "\n".join(problems)


if __name__ == "__main__":
    print("REPORT " + json.dumps(run_deck(sys.argv[1])))
