"""load_fashion_mnist normalising with the MNIST digits' statistics (0.1307, 0.3081), copied from
an MNIST tutorial, instead of Fashion-MNIST's (0.2860, 0.3530)."""
QUESTION = "q6_load_fashion_mnist"


def load_fashion_mnist(root, train):
    root = Path(root)
    transform = torchvision.transforms.Compose([
        torchvision.transforms.ToTensor(),
        torchvision.transforms.Normalize((0.1307,), (0.3081,)),
    ])
    if all((root / "FashionMNIST" / "raw" / name).exists() for name in FASHION_MNIST_FILES):
        return torchvision.datasets.FashionMNIST(root, train=train, download=False, transform=transform)
    if all((root / f"{name}.gz").exists() for name in FASHION_MNIST_FILES):
        with tempfile.TemporaryDirectory() as folder:
            raw = Path(folder) / "FashionMNIST" / "raw"
            raw.mkdir(parents=True)
            for name in FASHION_MNIST_FILES:
                with gzip.open(root / f"{name}.gz", "rb") as packed, open(raw / name, "wb") as unpacked:
                    shutil.copyfileobj(packed, unpacked)
            return torchvision.datasets.FashionMNIST(folder, train=train, download=False, transform=transform)
    return torchvision.datasets.FashionMNIST(root, train=train, download=True, transform=transform)
