"""The course: its six assignments, where their files live, and how each is graded."""
from dataclasses import dataclass, field
from pathlib import Path

from .sandbox import Limits

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
RELEASE = ROOT / "assignments"
DIST = ROOT / "dist"
CHECKS = Path(__file__).resolve().parent / "checks.py"


@dataclass(frozen=True)
class Assignment:
    slug: str
    title: str
    # Packages the student's code needs, by their names in requirements.lock.
    packages: tuple = ("numpy", "matplotlib")
    limits: Limits = field(default_factory=Limits)
    # Modules the grader imports once before its fork server starts: both the checker and
    # the student's process (forked) use them, so their cost is paid once (forkserver.py).
    preload: tuple = ("numpy",)
    # Modules only the student's code imports: the fork server loads them for it alone
    # (matplotlib.pyplot itself loads on first use: worker.DEFERRED_MODULES). The font
    # manager reads the grader's font cache; in the student's process, whose home is empty,
    # it would rebuild it, in a third of a second.
    student_preload: tuple = ("matplotlib", "matplotlib.font_manager")

    @property
    def master(self):
        return SOLUTIONS / self.slug / f"{self.slug}.ipynb"

    @property
    def notebook(self):
        return f"{self.slug}.ipynb"

    @property
    def written(self):
        return self.master.exists()


# Address space, not resident memory: the CUDA build of torch alone maps over 3 GB.
TORCH_LIMITS = Limits(cell_seconds=120, call_seconds=60, total_seconds=540, memory_mb=8192)
# torch.optim imports torch._dynamo (and sympy) on first use: 2.6 s on each side otherwise.
TORCH_PRELOAD = ("numpy", "torch", "torch._dynamo")

ASSIGNMENTS = [
    Assignment("01_numpy_backprop", "NumPy backprop",
               limits=Limits(cell_seconds=120, call_seconds=60, total_seconds=480, memory_mb=2048)),
    Assignment("02_pytorch_tensors", "PyTorch tensors, autograd and devices",
               packages=("numpy", "matplotlib", "torch"), limits=TORCH_LIMITS,
               preload=("numpy", "torch")),  # no optimizer runs while grading it
    Assignment("03_mlp", "MLPs and the training loop", packages=("numpy", "matplotlib", "torch"),
               limits=TORCH_LIMITS, preload=TORCH_PRELOAD),
    Assignment("04_cnn", "Convolutional networks",
               packages=("numpy", "matplotlib", "torch", "torchvision"), limits=TORCH_LIMITS,
               preload=TORCH_PRELOAD),
    Assignment("05_regularization", "Regularization and normalization",
               packages=("numpy", "matplotlib", "torch"), limits=TORCH_LIMITS,
               preload=TORCH_PRELOAD),
    Assignment("06_dqn", "The DQN network and TD targets",
               packages=("numpy", "matplotlib", "torch", "gymnasium", "ale-py",
                         "opencv-python-headless"), limits=TORCH_LIMITS, preload=TORCH_PRELOAD),
]
BY_SLUG = {a.slug: a for a in ASSIGNMENTS}


def get(slug):
    if slug not in BY_SLUG:
        raise SystemExit(f"Unknown assignment {slug!r}. Choose one of: {', '.join(BY_SLUG)}")
    assignment = BY_SLUG[slug]
    if not assignment.written:
        raise SystemExit(f"Assignment {slug} has no master notebook yet ({assignment.master}).")
    return assignment


def written():
    return [a for a in ASSIGNMENTS if a.written]
