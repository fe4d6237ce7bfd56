"""linear_schedule that keeps going after `duration`: epsilon becomes negative (and an
increasing schedule overshoots its end value)."""
QUESTION = "q5_linear_schedule"


def linear_schedule(start, end, duration, t):
    return start + (t / duration) * (end - start)
