"""20,000 cells that each raise: the report stays readable and results.json small."""
BASE = "stub"
ZERO = "all"
REPEAT = 20_000
MESSAGE = "more cells raised errors"
raise ValueError("a cell that fails, " + "with a long message " * 20)
