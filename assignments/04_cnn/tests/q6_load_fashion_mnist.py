from otter.test_files import test_case

OK_FORMAT = False

name = "q6_load_fashion_mnist"
points = 4

@test_case(points=1, hidden=False)
def test_load_fashion_mnist_public(load_fashion_mnist, np, torch):
    import gzip
    import os
    import shutil
    import struct
    import tempfile
    from pathlib import Path
    from checks import expect_close, expect_tensor, expect_true, explain_failures
    see = '§7 Fashion-MNIST, from the files on disk'
    with explain_failures(see):
        rng = np.random.default_rng(0)
        sizes = {'train': 12, 't10k': 5}
        folder = Path(tempfile.mkdtemp(prefix='fashion-public-'))
        os.chmod(folder, 493)
        try:
            labels = {}
            for split, n in sizes.items():
                images, labels[split] = (rng.integers(0, 256, (n, 28, 28), dtype=np.uint8), rng.integers(0, 10, n).astype(np.uint8))
                images[0, 0, :2] = [0, 255]
                for kind, array, magic in [('images-idx3', images, 2051), ('labels-idx1', labels[split], 2049)]:
                    header = struct.pack('>I', magic) + b''.join((struct.pack('>I', d) for d in array.shape))
                    with gzip.open(folder / f'{split}-{kind}-ubyte.gz', 'wb') as handle:
                        handle.write(header + array.tobytes())
            before = sorted((p.name for p in folder.iterdir()))
            os.chmod(folder, 365)
            dataset = load_fashion_mnist(str(folder), True)
            call = 'load_fashion_mnist(root, True) for a read-only root holding a tiny Fashion-MNIST of 12 training images'
            expect_true(dataset is not None, call, 'returned None: return the data set.', see)
            expect_close(len(dataset), 12, f'len({call})', see)
            items = [item for item in dataset]
            x, label = items[0]
            expect_tensor(x, torch.zeros(1, 28, 28), f'the image of item 0 of {call} (checking the shape)', see, atol=1e+30, dtype=torch.float32)
            expect_close(label, int(labels['train'][0]), f'the label of item 0 of {call}', see)
            expect_tensor(x[0, 0, :2], torch.tensor([-0.8102, 2.0227]), f'x[0, 0, :2] of item 0 of {call}, for the pixels 0 and 255', see + " (normalise with Fashion-MNIST's mean 0.2860 and std 0.3530)", rtol=0, atol=0.002)
            expect_true(sorted((p.name for p in folder.iterdir())) == before, call, 'expected root to be left as it was, but the call created files in it: unpack into a temporary directory, root may be read-only.', see)
            test_set = load_fashion_mnist(str(folder), False)
            call = 'load_fashion_mnist(root, False) for the same root (5 test images)'
            expect_true(test_set is not None, call, 'returned None: return the data set.', see)
            expect_close(len(test_set), 5, f'len({call})', see + ' (train=False is the test split)')
            expect_close([item for item in test_set][0][1], int(labels['t10k'][0]), f'the label of item 0 of {call}', see)
        finally:
            os.chmod(folder, 493)
            shutil.rmtree(folder, ignore_errors=True)

