"""get_device returns the string "cuda" or "cpu" instead of a torch.device. Strings work in
`.to("cuda")`, but `device.type` and comparisons with torch.device objects break."""
QUESTION = "q1_get_device"


def get_device():
    return "cuda" if torch.cuda.is_available() else "cpu"
