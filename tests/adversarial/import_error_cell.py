"""A cell whose import fails: reported, and the rest is graded."""
BASE = "solution"
ZERO = []
WALLS = False
MESSAGE = "ModuleNotFoundError"
import a_module_that_does_not_exist  # noqa: F401
