"""hard_update that rebinds its local name to a deep copy: the caller's target network
is never changed."""
QUESTION = "q10_hard_update"
import copy


def hard_update(target, online):
    target = copy.deepcopy(online)
