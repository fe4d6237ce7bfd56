"""SmallCNN that ends forward with a softmax: it returns probabilities, not logits, and
nn.CrossEntropyLoss then applies a second (log-)softmax."""
QUESTION = "q4_small_cnn"


class SmallCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc1 = nn.Linear(32 * 7 * 7, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        return F.softmax(self.fc2(F.relu(self.fc1(torch.flatten(x, 1)))), dim=1)
