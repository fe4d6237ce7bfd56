"""Write heldout.npz, the grader's own Fashion-MNIST sample (shipped in the autograder zip
only, never to students): run by the build in a copy of this folder, before otter assign.

- test_images (1000, 28, 28) uint8, test_labels (1000,) int64: the first 100 images of each
  class in the order of t10k-*-ubyte.gz (the official test split), for accuracy checks;
- train_images (8000, 28, 28) uint8, train_labels (8000,) int64: the first 8000 images of
  train-*-ubyte.gz, for the short training run of the hidden test of q7.

The selection is deterministic, so two builds give identical files.
"""
import gzip
import sys
from pathlib import Path

import numpy as np

SOURCE = Path("/usr/share/datasets/fashion-mnist")
PER_CLASS = 100
TRAIN = 8000


def read_idx(path, offset):
    with gzip.open(path, "rb") as handle:
        return np.frombuffer(handle.read(), dtype=np.uint8, offset=offset)


def split(prefix):
    images = read_idx(SOURCE / f"{prefix}-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28)
    labels = read_idx(SOURCE / f"{prefix}-labels-idx1-ubyte.gz", 8).astype(np.int64)
    return images, labels


def main():
    if not all((SOURCE / f"{p}-{k}-idx{d}-ubyte.gz").exists()
               for p in ("train", "t10k") for k, d in (("images", 3), ("labels", 1))):
        sys.exit(f"prebuild: Fashion-MNIST not found in {SOURCE}. Install the Debian package "
                 f"dataset-fashion-mnist (`make setup` does it as root).")
    test_images, test_labels = split("t10k")
    chosen = np.sort(np.concatenate([np.flatnonzero(test_labels == c)[:PER_CLASS] for c in range(10)]))
    train_images, train_labels = split("train")
    # np.savez (not _compressed): the autograder zip deflates it anyway, and np.savez
    # writes fixed zip dates, so the build stays byte-identical.
    np.savez("heldout.npz", test_images=test_images[chosen], test_labels=test_labels[chosen],
             train_images=train_images[:TRAIN], train_labels=train_labels[:TRAIN])


if __name__ == "__main__":
    main()
