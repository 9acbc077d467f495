"""Small-count suppression for aggregates shown to people who may not see named children.

A count of 1 to 4 children can identify them ("the one child in a secure home needing..."), so it
is withheld; 0 and 5 or more are shown. Counts are related (a total is the sum of its parts), and
a withheld count must not come back by subtraction: complementary suppression withholds, in
every relation with exactly one withheld figure, one more, until none has exactly one (ADR 0004).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SMALLEST_SHOWN = 5
"""Counts from 1 to SMALLEST_SHOWN - 1 are withheld."""


def is_small(count: int) -> bool:
    """Whether a count of children is small enough to identify them (1 to 4)."""
    if count < 0:
        raise ValueError("a count must not be negative")
    return 0 < count < SMALLEST_SHOWN


@dataclass(frozen=True, slots=True)
class Relation:
    """`cells[total]` is (or, conservatively, is taken to be) the sum of `cells[parts]`."""

    total: int
    parts: tuple[int, ...]

    @property
    def cells(self) -> tuple[int, ...]:
        return (self.total, *self.parts)


def _complement(counts: Sequence[int], withheld: Sequence[bool], relation: Relation) -> int:
    """The shown cell to withhold beside a lone withheld one: the smallest non-zero part, else
    the smallest non-zero cell, else any (a withheld zero still leaves two unknowns)."""
    shown = [cell for cell in relation.cells if not withheld[cell]]
    return min(
        shown,
        key=lambda cell: (counts[cell] == 0, cell == relation.total, counts[cell], cell),
    )


def withheld_cells(
    counts: Sequence[int], relations: Sequence[Relation], *, sensitive: Sequence[bool] = ()
) -> tuple[bool, ...]:
    """Which counts to withhold: the sensitive ones (by default the small ones), then complements
    until no relation has exactly one withheld cell, so no withheld count is a single sum or
    difference of shown ones."""
    withheld = list(sensitive) if sensitive else [is_small(count) for count in counts]
    changed = True
    while changed:
        changed = False
        for relation in relations:
            if sum(withheld[cell] for cell in relation.cells) == 1:
                withheld[_complement(counts, withheld, relation)] = True
                changed = True
    return tuple(withheld)


def withheld_in_group(counts: Sequence[int], *, total_shown: bool) -> tuple[bool, ...]:
    """Which counts of a group to withhold: the small ones and, beside a shown total, enough
    others that no withheld count can be worked out by subtraction."""
    small = [is_small(count) for count in counts]
    if not total_shown:
        return tuple(small)
    relation = Relation(0, tuple(range(1, len(counts) + 1)))
    return withheld_cells([sum(counts), *counts], [relation], sensitive=[False, *small])[1:]


def withheld_down_a_run(run: Sequence[int]) -> tuple[bool, ...]:
    """Which of a run of "at least" counts to withhold: `run[0]` children in all, then those at
    level 1 or above, 2 or above, … (each no more than the one before).

    The children at exactly a level are the difference of two neighbours, and two shown counts
    further apart give the children between them: a small difference is as identifying as a small
    count. Walking down the run, a count is withheld when it is small or lies a small distance
    below the last shown one, so any two shown counts differ by 0 or at least `SMALLEST_SHOWN`.
    """
    withheld = []
    last_shown: int | None = None
    for count in run:
        hide = is_small(count) or (last_shown is not None and is_small(last_shown - count))
        withheld.append(hide)
        if not hide:
            last_shown = count
    return tuple(withheld)


def withheld_in_table(table: Sequence[Sequence[int]]) -> tuple[tuple[bool, ...], ...]:
    """Which cells of a table to withhold, where each row's first cell is the sum of the rest
    of the row and the last row is the sum of the rows above it, cell by cell."""
    width = len(table[0])
    counts = [count for row in table for count in row]
    relations = [
        Relation(r * width, tuple(range(r * width + 1, (r + 1) * width))) for r in range(len(table))
    ]
    last = len(table) - 1
    relations += [
        Relation(last * width + c, tuple(r * width + c for r in range(last))) for c in range(width)
    ]
    withheld = withheld_cells(counts, relations)
    return tuple(withheld[r * width : (r + 1) * width] for r in range(len(table)))
