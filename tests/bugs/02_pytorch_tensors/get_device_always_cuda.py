"""get_device returns torch.device("cuda") unconditionally (code written on a GPU machine):
creating the device object works everywhere, but on a machine without CUDA every tensor
moved there raises. (Caught on CPU-only graders; on a CUDA machine it happens to be right.)"""
QUESTION = "q1_get_device"


def get_device():
    return torch.device("cuda")
