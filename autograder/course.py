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

    @property
    def master(self):
        return SOLUTIONS / self.slug / f"{self.slug}.ipynb"

    @property
    def notebook(self):
        return f"{self.slug}.ipynb"

    @property
    def written(self):
        return self.master.exists()


ASSIGNMENTS = [
    Assignment("01_numpy_backprop", "NumPy backprop",
               limits=Limits(cell_seconds=120, call_seconds=60, total_seconds=480, memory_mb=2048)),
    Assignment("02_pytorch_tensors", "PyTorch tensors, autograd and devices",
               packages=("numpy", "matplotlib", "torch")),
    Assignment("03_mlp", "MLPs and the training loop", packages=("numpy", "matplotlib", "torch")),
    Assignment("04_cnn", "Convolutional networks",
               packages=("numpy", "matplotlib", "torch", "torchvision")),
    Assignment("05_regularization", "Regularization and normalization",
               packages=("numpy", "matplotlib", "torch")),
    Assignment("06_dqn", "The DQN network and TD targets",
               packages=("numpy", "matplotlib", "torch", "gymnasium")),
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
