"""Correct alternative written with explicit loops and other library calls: math.floor for the
output size, a loop over every output value for the convolution and the pooling, a different
SmallCNN (16 and 32 filters without padding, 28 -> 26 -> 13 -> 11 -> 5, about 108,000
parameters), F.cross_entropy with zero_grad at the end of the step, the first convolution called
directly for the feature maps, and unpacking into a folder made by tempfile.mkdtemp with
transforms.v2."""
QUESTION = "q2_conv2d_numpy"
import math


def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    return math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1


def conv2d_numpy(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F_out, _, KH, KW = w.shape
    H_out = conv_output_size(H, KH, stride, padding)
    W_out = conv_output_size(W, KW, stride, padding)
    x_pad = np.zeros((N, C, H + 2 * padding, W + 2 * padding))
    x_pad[:, :, padding:padding + H, padding:padding + W] = x
    out = np.empty((N, F_out, H_out, W_out))
    for n in range(N):
        for f in range(F_out):
            for i in range(H_out):
                for j in range(W_out):
                    window = x_pad[n, :, i * stride:i * stride + KH, j * stride:j * stride + KW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    return out


def maxpool2d_numpy(x, kernel, stride=None):
    if stride is None:
        stride = kernel
    N, C, H, W = x.shape
    H_out, W_out = (H - kernel) // stride + 1, (W - kernel) // stride + 1
    out = np.empty((N, C, H_out, W_out), dtype=x.dtype)
    for i in range(H_out):
        for j in range(W_out):
            out[:, :, i, j] = np.max(x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel], axis=(2, 3))
    return out


class SmallCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3), nn.ReLU(), nn.MaxPool2d(2))
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(32 * 5 * 5, 128), nn.ReLU(),
                                        nn.Linear(128, num_classes))

    def forward(self, x):
        return self.classifier(self.features(x))


def count_parameters(model):
    unique = {id(p): p for p in model.parameters() if p.requires_grad}
    return int(sum(p.numel() for p in unique.values()))


def load_fashion_mnist(root, train):
    from torchvision.transforms import v2
    root = Path(root)
    transform = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True), v2.Normalize([0.286], [0.353])])
    names = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]
    if (root / "FashionMNIST" / "raw" / names[0]).is_file() and (root / "FashionMNIST" / "raw" / names[2]).is_file():
        return torchvision.datasets.FashionMNIST(str(root), train, transform=transform)
    if all((root / (name + ".gz")).is_file() for name in names):
        folder = Path(tempfile.mkdtemp())
        (folder / "FashionMNIST" / "raw").mkdir(parents=True)
        for name in names:
            (folder / "FashionMNIST" / "raw" / name).write_bytes(gzip.decompress((root / (name + ".gz")).read_bytes()))
        return torchvision.datasets.FashionMNIST(str(folder), train, transform=transform)
    return torchvision.datasets.FashionMNIST(str(root), train, transform=transform, download=True)


def train_cnn(model, train_loader, epochs, device, lr=1e-3):
    model = model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    history = []
    for epoch in range(epochs):
        model.train()
        for images, labels in train_loader:
            logits = model(images.to(device))
            loss = F.cross_entropy(logits, labels.to(device))
            loss.backward()
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            history.append(float(loss.detach()))
    return history


def first_layer_feature_maps(model, x):
    for module in model.modules():
        if isinstance(module, nn.Conv2d):
            with torch.no_grad():
                return module(x)
