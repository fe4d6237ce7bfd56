"""What crosses between the checker and the student's process keeps what a test can ask
about: values, dtype, device, gradients, and the layout in memory."""
import torch

from autograder import codec


def round_trip(value):
    return codec.decode(codec.encode(value))


def test_a_permuted_tensor_arrives_permuted():
    """`x.view(B, -1)` on a permuted tensor must fail in the student's process as in Jupyter."""
    x = torch.arange(24.0).reshape(2, 3, 4).permute(0, 2, 1)
    y = round_trip(x)
    assert torch.equal(y, x) and y.stride() == x.stride() and not y.is_contiguous()


def test_a_sliced_tensor_arrives_with_gaps():
    x = torch.arange(24.0).reshape(4, 6)[:, ::2]
    y = round_trip(x)
    assert torch.equal(y, x) and not y.is_contiguous()


def test_contiguous_tensors_and_gradients_are_unchanged():
    x = torch.randn(3, 4, requires_grad=True)
    x.grad = torch.ones(3, 4)
    (y,) = round_trip((x,))
    assert torch.equal(y, x) and y.is_contiguous() and y.requires_grad and torch.equal(y.grad, x.grad)


def test_meta_tensors_cross_as_shape_and_dtype():
    """A test can move data to a device it is not on (`meta`) on a CPU-only grader."""
    value = {"obs": (torch.empty(2, 3, device="meta"), [torch.empty(5, dtype=torch.int64, device="meta")])}
    back = round_trip(value)
    obs, (actions,) = back["obs"][0], back["obs"][1]
    assert obs.device.type == "meta" and obs.shape == (2, 3) and obs.dtype == torch.float32
    assert actions.device.type == "meta" and actions.dtype == torch.int64
    assert isinstance(back["obs"], tuple) and isinstance(back["obs"][1], list)
