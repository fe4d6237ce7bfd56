"""SmallCNN that flattens with a hard-coded size of the wrong channel count: the features are
32 x 7 x 7 = 1568 per image, but view(-1, 16 * 7 * 7) makes 2N rows of 784, so a batch of N
images gives 2N rows of scores (no error, wrong shape)."""
QUESTION = "q4_small_cnn"


class SmallCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc1 = nn.Linear(16 * 7 * 7, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 16 * 7 * 7)
        return self.fc2(F.relu(self.fc1(x)))
