"""load_fashion_mnist that always returns the training split, whatever `train` says."""
QUESTION = "q6_load_fashion_mnist"


def load_fashion_mnist(root, train):
    root = Path(root)
    transform = torchvision.transforms.Compose([
        torchvision.transforms.ToTensor(),
        torchvision.transforms.Normalize((0.2860,), (0.3530,)),
    ])
    if all((root / "FashionMNIST" / "raw" / name).exists() for name in FASHION_MNIST_FILES):
        return torchvision.datasets.FashionMNIST(root, train=True, download=False, transform=transform)
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "FashionMNIST" / "raw"
        raw.mkdir(parents=True)
        for name in FASHION_MNIST_FILES:
            with gzip.open(root / f"{name}.gz", "rb") as packed, open(raw / name, "wb") as unpacked:
                shutil.copyfileobj(packed, unpacked)
        return torchvision.datasets.FashionMNIST(folder, train=True, download=False, transform=transform)
