"""Complementary suppression: no withheld count is a single sum or difference of shown ones."""

from collections.abc import Sequence
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.disclosure import Relation, is_small, withheld_cells, withheld_down_a_run


@dataclass(frozen=True)
class Table:
    """A table of counts with row totals, column totals and a grand total, flattened."""

    counts: list[int]
    relations: list[Relation]


ANY_COUNT = st.integers(0, 12)


@st.composite
def tables(draw: st.DrawFn, values: st.SearchStrategy[int] = ANY_COUNT) -> Table:
    rows = draw(st.integers(1, 4))
    columns = draw(st.integers(1, 4))
    grid = [[draw(values) for _ in range(columns)] for _ in range(rows)]
    cell = [[r * columns + c for c in range(columns)] for r in range(rows)]
    row_total = [rows * columns + r for r in range(rows)]
    column_total = [rows * columns + rows + c for c in range(columns)]
    grand = rows * columns + rows + columns
    counts = [value for line in grid for value in line]
    counts += [sum(line) for line in grid]
    counts += [sum(line[c] for line in grid) for c in range(columns)]
    counts.append(sum(counts[: rows * columns]))
    relations = [Relation(row_total[r], tuple(cell[r])) for r in range(rows)]
    relations += [
        Relation(column_total[c], tuple(cell[r][c] for r in range(rows))) for c in range(columns)
    ]
    relations += [Relation(grand, tuple(row_total)), Relation(grand, tuple(column_total))]
    return Table(counts, relations)


def _derivable(
    counts: Sequence[int], withheld: Sequence[bool], relations: Sequence[Relation]
) -> list[int]:
    """Withheld cells an attacker gets back from one relation by adding or subtracting shown
    cells: the total as the sum of shown parts, or a part as the total minus the others."""
    found = []
    for relation in relations:
        hidden = [cell for cell in relation.cells if withheld[cell]]
        if len(hidden) == 1:
            shown_parts = sum(counts[p] for p in relation.parts if not withheld[p])
            (cell,) = hidden
            guess = shown_parts if cell == relation.total else counts[relation.total] - shown_parts
            assert guess == counts[cell]  # the attack works: this figure is recovered
            found.append(cell)
    return found


@given(tables())
def test_no_withheld_count_is_derivable_from_shown_ones(table: Table) -> None:
    withheld = withheld_cells(table.counts, table.relations)

    assert _derivable(table.counts, withheld, table.relations) == []
    assert all(withheld[i] for i, count in enumerate(table.counts) if is_small(count))


@given(tables(st.sampled_from([0, 5, 6, 11, 40])))
def test_without_small_counts_everything_is_shown(table: Table) -> None:
    assert not any(withheld_cells(table.counts, table.relations))


def test_the_step_down_headline_no_longer_gives_back_the_proposed_count() -> None:
    considered, blocked, proposed = 15, 12, 3
    relation = Relation(0, (1, 2))

    withheld = withheld_cells([considered, blocked, proposed], [relation])

    assert withheld == (False, True, True)  # 15 - 12 is no longer 3: both parts are withheld


# --- "at least" runs: children in all, then at level 1 or above, 2 or above, … ------------------

runs = st.lists(st.integers(0, 40), min_size=1, max_size=6).map(lambda r: sorted(r, reverse=True))


@given(runs)
def test_no_small_count_lies_between_two_shown_ones_of_a_run(run: list[int]) -> None:
    withheld = withheld_down_a_run(run)
    shown = [count for count, hidden in zip(run, withheld, strict=True) if not hidden]

    assert all(hidden for count, hidden in zip(run, withheld, strict=True) if is_small(count))
    assert not any(is_small(a - b) for i, a in enumerate(shown) for b in shown[i + 1 :])


@given(runs)
def test_a_run_is_withheld_no_further_than_it_must_be(run: list[int]) -> None:
    withheld = withheld_down_a_run(run)
    last_shown = None
    for count, hidden in zip(run, withheld, strict=True):
        if not hidden:
            last_shown = count
        else:  # withheld only when small, or a small step below the last shown count
            assert is_small(count) or (last_shown is not None and is_small(last_shown - count))


def test_a_count_a_small_step_below_the_last_shown_one_is_withheld() -> None:
    # 20 children; 18 at level 1 or above (so 2 at level 0), 15 at 2 or above, 6 at 3, none at 4.
    assert withheld_down_a_run([20, 18, 15, 6, 0]) == (False, True, False, False, False)
    assert withheld_down_a_run([20, 17, 15, 6, 0]) == (False, True, False, False, False)
    assert withheld_down_a_run([20, 17, 16, 12, 3]) == (False, True, True, False, True)
    assert withheld_down_a_run([3, 3, 1, 0, 0]) == (True, True, True, False, False)
