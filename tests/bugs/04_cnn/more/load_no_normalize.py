"""load_fashion_mnist with ToTensor() only: values in [0, 1], not normalised."""
QUESTION = "q6_load_fashion_mnist"


def load_fashion_mnist(root, train):
    root = Path(root)
    transform = torchvision.transforms.ToTensor()
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
