"""Small-count suppression for aggregates shown to people who may not see named children.

A count of 1 to 4 children can identify them ("the one child in a secure home needing..."), so it
is withheld; 0 and 5 or more are shown. Where counts sit beside a shown total, withholding one
alone is pointless (the total minus the others gives it back), so a second, the smallest other
non-zero count, is withheld too.
"""

from __future__ import annotations

from collections.abc import Sequence

SMALLEST_SHOWN = 5
"""Counts from 1 to SMALLEST_SHOWN - 1 are withheld."""


def is_small(count: int) -> bool:
    """Whether a count of children is small enough to identify them (1 to 4)."""
    if count < 0:
        raise ValueError("a count must not be negative")
    return 0 < count < SMALLEST_SHOWN


def withheld_in_group(counts: Sequence[int], *, total_shown: bool) -> tuple[bool, ...]:
    """Which counts of a group to withhold: the small ones and, beside a shown total, enough
    others that no withheld count can be worked out by subtraction."""
    withheld = [is_small(count) for count in counts]
    if total_shown and sum(withheld) == 1:
        others = [
            (count, index) for index, count in enumerate(counts) if count and not withheld[index]
        ]
        if others:
            withheld[min(others)[1]] = True
    return tuple(withheld)
