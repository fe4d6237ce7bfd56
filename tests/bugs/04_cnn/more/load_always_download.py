"""load_fashion_mnist that always asks torchvision to download: with the Debian layout (four .gz
files directly in root) torchvision does not find root/FashionMNIST/raw/, creates it inside root
and tries the network, which fails offline (and would replace the data on disk online)."""
QUESTION = "q6_load_fashion_mnist"


def load_fashion_mnist(root, train):
    transform = torchvision.transforms.Compose([
        torchvision.transforms.ToTensor(),
        torchvision.transforms.Normalize((0.2860,), (0.3530,)),
    ])
    return torchvision.datasets.FashionMNIST(root, train=train, download=True, transform=transform)
