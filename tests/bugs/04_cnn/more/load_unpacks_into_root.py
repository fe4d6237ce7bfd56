"""load_fashion_mnist that unpacks the .gz files into root/FashionMNIST/raw/: it writes into a
folder that may be read-only (/usr/share/datasets/fashion-mnist), and fails there."""
QUESTION = "q6_load_fashion_mnist"


def load_fashion_mnist(root, train):
    root = Path(root)
    transform = torchvision.transforms.Compose([
        torchvision.transforms.ToTensor(),
        torchvision.transforms.Normalize((0.2860,), (0.3530,)),
    ])
    raw = root / "FashionMNIST" / "raw"
    if not all((raw / name).exists() for name in FASHION_MNIST_FILES) and \
            all((root / f"{name}.gz").exists() for name in FASHION_MNIST_FILES):
        raw.mkdir(parents=True, exist_ok=True)
        for name in FASHION_MNIST_FILES:
            with gzip.open(root / f"{name}.gz", "rb") as packed, open(raw / name, "wb") as unpacked:
                shutil.copyfileobj(packed, unpacked)
    return torchvision.datasets.FashionMNIST(root, train=train, download=True, transform=transform)
