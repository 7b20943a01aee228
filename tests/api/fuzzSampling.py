# Schemathesis hook for tests/api/fuzz.test.ts (loaded through SCHEMATHESIS_HOOKS): in the coverage
# phase, an operation is sent each mutation once per branch of a oneOf, not once for every branch.
#
# Why: POST /api/import's body holds arrays of nodes and relationships, each a oneOf over the node labels
# (16) and relationship types. The coverage phase sends every mutation of a shared field (version,
# dataset, sourceUrl …) and every boundary value once for each label that has the field: 3,700 of the
# admin run's 7,700 cases, half of the fuzz file's CI time. Those repeats differ only in the label
# beside the mutated field, and every label is checked by the same shared zod schemas of graph/model.
#
# What stays (coverage kept): every operation still gets every coverage scenario (each class of bad or
# boundary input: wrong type, too long, too short, bad enum, bad format, missing required, unexpected
# property, unexpected method …) on every parameter and every field path at least once, as many times
# as it came for one branch (so every wrong JSON type of a field: object, array, string, null, boolean,
# number); a field that only some labels have is named in the case's description, so it keeps its own
# cases; and each branch (label or type) still gets at least one valid case. Other operations have no
# such repeats and are sent whole. The fuzzing and stateful phases are untouched.
from collections import Counter

import schemathesis
from schemathesis.generation.meta import TestPhase

# How many times each (operation, mutation) was seen on each branch, and which keys were sent.
_seen_on_branch: Counter = Counter()
_sent: set = set()
_valid_branches: set = set()


def _branch(body):
    """The oneOf branches a body takes: the label or type of each node or relationship it carries."""
    if not isinstance(body, dict):
        return None
    branches = []
    for field in ("nodes", "relationships"):
        items = body.get(field)
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict):
                    name = item.get("label", item.get("type"))
                    branches.append(name if isinstance(name, str) else None)
    return tuple(branches) or None


@schemathesis.hook
def filter_case(context, case):
    meta = case.meta
    if meta is None or meta.phase.name != TestPhase.COVERAGE:
        return True
    data = meta.phase.data
    mutation = (case.operation.label, case.method, data.scenario, data.description, data.parameter, data.parameter_location)
    branch = _branch(case.body)
    _seen_on_branch[(mutation, branch)] += 1
    key = (mutation, _seen_on_branch[(mutation, branch)])
    negative = meta.generation.mode.is_negative
    first_valid_of_branch = not negative and (case.operation.label, branch) not in _valid_branches
    if key in _sent and not first_valid_of_branch:
        return False
    _sent.add(key)
    if not negative:
        _valid_branches.add((case.operation.label, branch))
    return True
