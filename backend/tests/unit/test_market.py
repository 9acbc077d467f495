"""Sufficiency and training gaps, against worked examples and brute force."""

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kindred.domain.market import sufficiency, training_gaps
from kindred.domain.matching import ChildNeeds, Household, HouseholdMatrix

DOMAINS = 3


def _household(name: str, capacity: tuple[int, ...], vacancies: int = 1) -> Household:
    return Household(
        household_id=name,
        capacity=capacity,
        age_min=0,
        age_max=18,
        approved_types=frozenset({"long_term"}),
        vacancies=vacancies,
        in_house=True,
        weekly_fee_pence=50_000,
    )


def _child(name: str, levels: tuple[int, ...]) -> ChildNeeds:
    return ChildNeeds(child_id=name, age_years=10, levels=levels, placement_type="long_term")


def test_sufficiency_counts_demand_and_supply_per_level() -> None:
    needs = np.array([[3, 0, 1], [1, 2, 4]], dtype=np.int8)
    capacity = np.array([[2, 2, 4], [4, 1, 1]], dtype=np.int8)

    cells = {
        (cell.domain, cell.level): cell
        for cell in sufficiency(
            needs, capacity, np.array([2, 3], dtype=np.int32), np.array([1, 0], dtype=np.int32)
        )
    }

    assert (cells[(0, 3)].children, cells[(0, 3)].households, cells[(0, 3)].places) == (1, 1, 3)
    assert cells[(0, 3)].vacancies == 0
    assert (cells[(2, 4)].children, cells[(2, 4)].households, cells[(2, 4)].vacancies) == (1, 1, 1)
    assert (cells[(1, 1)].children, cells[(1, 1)].households) == (1, 2)
    assert len(cells) == DOMAINS * 4


def test_training_gaps_worked_example() -> None:
    matrix = HouseholdMatrix.build(
        [
            _household("one-short-in-0", (1, 3, 3)),
            _household("two-short", (1, 1, 3)),
            _household("full-house", (4, 4, 4), vacancies=0),
        ]
    )
    children = [_child("needs-2-2-2", (2, 2, 2)), _child("already-met", (1, 1, 1))]

    gaps = training_gaps(children, matrix)

    assert gaps[0].children_gaining == 1
    assert gaps[0].household_ids == ("one-short-in-0",)
    assert gaps[1].children_gaining == 0
    assert gaps[2].household_ids == ()


levels = st.tuples(*[st.integers(0, 4)] * DOMAINS)


@settings(max_examples=60, deadline=None)
@given(
    child_levels=st.lists(levels, min_size=1, max_size=5),
    capacities=st.lists(levels, min_size=1, max_size=5),
)
def test_training_gaps_match_brute_force(
    child_levels: list[tuple[int, ...]], capacities: list[tuple[int, ...]]
) -> None:
    households = [_household(f"h{index}", capacity) for index, capacity in enumerate(capacities)]
    children = [_child(f"c{index}", need) for index, need in enumerate(child_levels)]

    gaps = training_gaps(children, HouseholdMatrix.build(households))

    def met(need: tuple[int, ...], capacity: tuple[int, ...]) -> bool:
        return all(c >= n for n, c in zip(need, capacity, strict=True))

    for domain in range(DOMAINS):
        expected_children = 0
        expected_households: set[str] = set()
        for child in children:
            if any(met(child.levels, h.capacity) for h in households):
                continue
            trained = [
                h
                for h in households
                if child.levels[domain] - h.capacity[domain] == 1
                and met(
                    child.levels,
                    tuple(c + (i == domain) for i, c in enumerate(h.capacity)),
                )
            ]
            if trained:
                expected_children += 1
                expected_households |= {h.household_id for h in trained}
        assert gaps[domain].children_gaining == expected_children
        assert set(gaps[domain].household_ids) == expected_households


@settings(max_examples=60, deadline=None)
@given(
    needs=st.lists(levels, min_size=0, max_size=6),
    capacities=st.lists(levels, min_size=0, max_size=6),
)
def test_sufficiency_never_rises_with_the_level(
    needs: list[tuple[int, ...]], capacities: list[tuple[int, ...]]
) -> None:
    cells = sufficiency(
        np.array(needs, dtype=np.int8).reshape(len(needs), DOMAINS),
        np.array(capacities, dtype=np.int8).reshape(len(capacities), DOMAINS),
        np.ones(len(capacities), dtype=np.int32),
        np.ones(len(capacities), dtype=np.int32),
    )
    for domain in range(DOMAINS):
        column = [cell for cell in cells if cell.domain == domain]
        assert [cell.level for cell in column] == [1, 2, 3, 4]
        for lower, higher in itertools.pairwise(column):
            assert higher.children <= lower.children
            assert higher.households <= lower.households
