"""linear_schedule with integer division t // duration: a step from start to end at
t = duration instead of a ramp."""
QUESTION = "q5_linear_schedule"


def linear_schedule(start, end, duration, t):
    return start + min(t // duration, 1) * (end - start)
