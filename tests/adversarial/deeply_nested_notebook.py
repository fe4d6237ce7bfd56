"""A notebook whose JSON nests 100,000 lists deep: it cannot be graded, and says why."""
BASE = "stub"
ZERO = "all"
WALLS = False
STATUS = "ungradable"
NESTING = 100_000
MESSAGE = "nested far deeper"
