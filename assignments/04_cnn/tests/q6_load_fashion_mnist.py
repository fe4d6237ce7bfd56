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
                for kind, array, magic in [('images-idx3', images, 2051), ('labels-idx1', labels[split], 2049)]:
                    header = struct.pack('>I', magic) + b''.join((struct.pack('>I', d) for d in array.shape))
                    with gzip.open(folder / f'{split}-{kind}-ubyte.gz', 'wb') as handle:
                        handle.write(header + array.tobytes())
            dataset = load_fashion_mnist(str(folder), True)
            call = 'load_fashion_mnist(root, True) for a root holding a tiny Fashion-MNIST of 12 training images'
            expect_true(dataset is not None, call, 'returned None: return the data set.', see)
            expect_close(len(dataset), 12, f'len({call})', see)
            items = [item for item in dataset]
            x, label = items[0]
            expect_tensor(x, torch.zeros(1, 28, 28), f'the image of item 0 of {call} (checking the shape)', see, atol=1e+30, dtype=torch.float32)
            expect_close(label, int(labels['train'][0]), f'the label of item 0 of {call}', see)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

