"""Planning a cohort: worked examples, then optimality against exhaustive search and a reference."""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from kindred.domain.cohort_plan import CohortPlan, UnmatchedReason, plan_cohort
from kindred.domain.matching import ChildNeeds, Household, HouseholdMatrix, PlacementType

DOMAINS = 4
FAMILY = frozenset({"long_term", "siblings"})


def household(household_id: str, **overrides: object) -> Household:
    fields: dict[str, object] = {
        "household_id": household_id,
        "capacity": (4,) * DOMAINS,
        "age_min": 0,
        "age_max": 18,
        "approved_types": FAMILY,
        "vacancies": 1,
        "in_house": True,
        "weekly_fee_pence": 50_000,
    }
    fields.update(overrides)
    return Household(**fields)  # type: ignore[arg-type]


def child(child_id: str, **overrides: object) -> ChildNeeds:
    fields: dict[str, object] = {
        "child_id": child_id,
        "age_years": 9,
        "levels": (2,) * DOMAINS,
        "placement_type": "long_term",
    }
    fields.update(overrides)
    return ChildNeeds(**fields)  # type: ignore[arg-type]


def plan(children: list[ChildNeeds], homes: list[Household], **options: object) -> CohortPlan:
    matrix = HouseholdMatrix.build(homes, domain_count=DOMAINS)
    return plan_cohort(children, matrix, **options)  # type: ignore[arg-type]


def placed(result: CohortPlan) -> dict[str, str]:
    return {a.child_id: a.household_id for a in result.assignments}


# --- worked examples --------------------------------------------------------------------------


def test_placing_every_child_comes_before_total_fit() -> None:
    # Fit alone would give A the perfect H1 (100) and leave B, who can only go to H1, unplaced.
    children = [
        child("A", levels=(2, 2, 0, 0)),
        child("B", levels=(0, 0, 1, 1), age_years=15),
    ]
    homes = [
        household("H1", capacity=(2, 2, 0, 0)),
        household("H2", capacity=(1, 1, 0, 0), age_max=12),
    ]
    result = plan(children, homes)
    assert placed(result) == {"A": "H2", "B": "H1"}
    assert (result.children_placed, result.total_fit, result.unmatched) == (2, 50.0, ())


def test_best_fit_wins_when_everyone_can_be_placed() -> None:
    children = [child("A", levels=(3, 0, 0, 0)), child("B", levels=(0, 3, 0, 0))]
    homes = [household("H1", capacity=(3, 2, 4, 4)), household("H2", capacity=(2, 3, 4, 4))]
    result = plan(children, homes)
    assert placed(result) == {"A": "H1", "B": "H2"}
    assert [a.fit for a in result.assignments] == [100.0, 100.0]
    assert result.total_fit == 200.0


def test_sibling_group_takes_one_household_with_room_for_all() -> None:
    children = [child("pair", sibling_group_size=2), child("single")]
    homes = [household("H1", vacancies=2), household("H2", vacancies=1)]
    result = plan(children, homes)
    assert placed(result) == {"pair": "H1", "single": "H2"}
    assert result.children_placed == 3


def test_sibling_group_is_never_split() -> None:
    result = plan(
        [child("trio", sibling_group_size=3)],
        [household("H1", vacancies=2), household("H2", vacancies=2)],
    )
    assert result.assignments == ()
    assert [(u.child_id, u.reason) for u in result.unmatched] == [
        ("trio", UnmatchedReason.NO_HOUSEHOLD_FITS_TERMS)
    ]


def test_sibling_group_needs_the_siblings_approval() -> None:
    homes = [household("H1", vacancies=3, approved_types=frozenset({"long_term"}))]
    result = plan([child("pair", sibling_group_size=2)], homes)
    assert result.unmatched[0].reason is UnmatchedReason.NO_HOUSEHOLD_FITS_TERMS


def test_support_gaps_are_allowed_unmet_gaps_never() -> None:
    children = [child("support", levels=(3, 0, 0, 0)), child("unmet", levels=(0, 4, 0, 0))]
    homes = [household("H1", capacity=(2, 2, 4, 4), vacancies=2)]
    result = plan(children, homes)
    assert placed(result) == {"support": "H1"}
    assert result.assignments[0].fit == 66.67
    assert [(u.child_id, u.reason, u.eligible_households) for u in result.unmatched] == [
        ("unmet", UnmatchedReason.NEEDS_UNMET_EVERYWHERE, 0)
    ]


def test_places_used_by_others() -> None:
    result = plan([child("A"), child("B")], [household("H1")])
    assert result.children_placed == 1
    assert [(u.reason, u.eligible_households) for u in result.unmatched] == [
        (UnmatchedReason.PLACES_USED_BY_OTHERS, 1)
    ]


def test_maximum_distance_is_a_hard_filter() -> None:
    kid = child("A", easting=0.0, northing=0.0)
    homes = [
        household("far", easting=50_000.0, northing=0.0, capacity=(4,) * DOMAINS),
        household("near", easting=5_000.0, northing=0.0, capacity=(1,) * DOMAINS),
        household("unknown", capacity=(0,) * DOMAINS),
    ]
    assert placed(plan([kid], homes)) == {"A": "far"}
    assert placed(plan([kid], homes, max_distance_km=10)) == {"A": "near"}


def test_exclusions_are_respected() -> None:
    kid = child("A", excluded_household_ids=frozenset({"H1"}))
    result = plan([kid], [household("H1")])
    assert result.unmatched[0].reason is UnmatchedReason.NO_HOUSEHOLD_FITS_TERMS


def test_empty_inputs_and_duplicate_ids() -> None:
    assert plan([], [household("H1")]) == CohortPlan(
        assignments=(), unmatched=(), total_fit=0.0, children_placed=0
    )
    assert plan([child("A")], []).unmatched[0].reason is UnmatchedReason.NO_HOUSEHOLD_FITS_TERMS
    with pytest.raises(ValueError, match="unique"):
        plan([child("A"), child("A")], [household("H1")])


# --- reference: eligibility and fit restated one pair at a time --------------------------------


def eligible(kid: ChildNeeds, home: Household) -> bool:
    wanted = {kid.placement_type} | ({"siblings"} if kid.sibling_group_size > 1 else set())
    return (
        home.age_min <= kid.age_years <= home.age_max
        and wanted <= home.approved_types
        and home.vacancies >= kid.sibling_group_size
        and home.household_id not in kid.excluded_household_ids
        and all(n - c < 2 for n, c in zip(kid.levels, home.capacity, strict=True))
    )


def fit_centi(kid: ChildNeeds, home: Household) -> int:
    need = sum(kid.levels)
    if need == 0:
        return 10_000
    gap = sum(max(n - c, 0) for n, c in zip(kid.levels, home.capacity, strict=True))
    return math.floor(Fraction(need - gap, need) * 10_000 + Fraction(1, 2))


def check_plan(result: CohortPlan, children: list[ChildNeeds], homes: list[Household]) -> None:
    """Invariants every plan keeps, whatever the optimum."""
    kids = {k.child_id: k for k in children}
    by_id = {h.household_id: h for h in homes}
    assert sorted(
        [a.child_id for a in result.assignments] + [u.child_id for u in result.unmatched]
    ) == sorted(kids)
    used: Counter[str] = Counter()
    for assignment in result.assignments:
        kid, home = kids[assignment.child_id], by_id[assignment.household_id]
        assert eligible(kid, home)
        assert assignment.fit == fit_centi(kid, home) / 100
        used[home.household_id] += kid.sibling_group_size
    assert all(used[h] <= by_id[h].vacancies for h in used)
    for unmatched in result.unmatched:
        count = sum(eligible(kids[unmatched.child_id], h) for h in homes)
        assert unmatched.eligible_households == count
        assert (unmatched.reason is UnmatchedReason.PLACES_USED_BY_OTHERS) == (count > 0)
    assert result.children_placed == sum(
        kids[a.child_id].sibling_group_size for a in result.assignments
    )
    assert result.total_fit == pytest.approx(sum(a.fit for a in result.assignments))


def exhaustive_best(children: list[ChildNeeds], homes: list[Household]) -> tuple[int, int]:
    """(children placed, total fit in hundredths) of the best plan, by trying every plan."""
    options = [[None, *[h for h in homes if eligible(k, h)]] for k in children]
    best = (0, 0)
    for choice in itertools.product(*options):
        used: Counter[str] = Counter()
        score = [0, 0]
        for kid, home in zip(children, choice, strict=True):
            if home is not None:
                used[home.household_id] += kid.sibling_group_size
                score[0] += kid.sibling_group_size
                score[1] += fit_centi(kid, home)
        if all(used[h.household_id] <= h.vacancies for h in homes):
            best = max(best, (score[0], score[1]))
    return best


def reference_best(children: list[ChildNeeds], homes: list[Household]) -> tuple[int, int]:
    """The same optimum by a plain two-stage integer programme over every eligible pair."""
    pairs = [(i, j) for i, k in enumerate(children) for j, h in enumerate(homes) if eligible(k, h)]
    if not pairs:
        return (0, 0)
    sizes = np.array([children[i].sibling_group_size for i, _ in pairs], dtype=float)
    fits = np.array([fit_centi(children[i], homes[j]) for i, j in pairs], dtype=float)
    rows = np.zeros((len(children) + len(homes), len(pairs)))
    for p, (i, j) in enumerate(pairs):
        rows[i, p] = 1
        rows[len(children) + j, p] = sizes[p]
    limits = np.array([1.0] * len(children) + [h.vacancies for h in homes])
    base = [LinearConstraint(rows, -np.inf, limits)]
    whole = np.ones(len(pairs), dtype=np.int64)
    first = milp(
        -sizes, integrality=whole, bounds=Bounds(0, 1), constraints=base, options={"mip_rel_gap": 0}
    )
    assert first.fun is not None
    most = round(-first.fun)
    second = milp(
        -fits,
        integrality=whole,
        bounds=Bounds(0, 1),
        constraints=[*base, LinearConstraint(sizes[None, :], most, most)],
        options={"mip_rel_gap": 0},
    )
    assert second.fun is not None
    return most, round(-second.fun)


# --- properties -------------------------------------------------------------------------------

levels_st = st.tuples(*[st.integers(0, 3)] * DOMAINS)
capacity_st = st.tuples(*[st.integers(1, 4)] * DOMAINS)


@st.composite
def cohort_st(
    draw: st.DrawFn, max_children: int, max_households: int, max_group: int, max_vacancies: int
) -> tuple[list[ChildNeeds], list[Household]]:
    homes = [
        household(
            f"H{j}",
            capacity=draw(capacity_st),
            age_min=draw(st.sampled_from([0, 0, 10])),
            approved_types=draw(st.sampled_from([FAMILY, FAMILY, frozenset({"long_term"})])),
            vacancies=draw(st.integers(0, max_vacancies)),
        )
        for j in range(draw(st.integers(0, max_households)))
    ]
    children = [
        child(
            f"C{i}",
            levels=draw(levels_st),
            age_years=draw(st.sampled_from([5, 12])),
            sibling_group_size=draw(st.integers(1, max_group)),
            excluded_household_ids=frozenset(
                draw(st.lists(st.sampled_from(["H0", "H1"]), max_size=1))
            ),
        )
        for i in range(draw(st.integers(0, max_children)))
    ]
    return children, homes


@settings(max_examples=300, deadline=None)
@given(cohort=cohort_st(max_children=5, max_households=4, max_group=3, max_vacancies=4))
def test_optimal_against_exhaustive_search_with_sibling_groups(
    cohort: tuple[list[ChildNeeds], list[Household]],
) -> None:
    children, homes = cohort
    result = plan(children, homes)
    check_plan(result, children, homes)
    assert (result.children_placed, round(result.total_fit * 100)) == exhaustive_best(
        children, homes
    )


@settings(max_examples=300, deadline=None)
@given(cohort=cohort_st(max_children=6, max_households=4, max_group=1, max_vacancies=3))
def test_optimal_against_exhaustive_search_single_children(
    cohort: tuple[list[ChildNeeds], list[Household]],
) -> None:
    children, homes = cohort
    result = plan(children, homes)
    check_plan(result, children, homes)
    assert (result.children_placed, round(result.total_fit * 100)) == exhaustive_best(
        children, homes
    )


def random_cohort(
    seed: int, children: int, households: int, max_group: int
) -> tuple[list[ChildNeeds], list[Household]]:
    rng = random.Random(seed)
    homes = [
        household(
            f"H{j:03d}",
            capacity=tuple(rng.choice((1, 2, 2, 3, 3, 4)) for _ in range(DOMAINS)),
            age_min=rng.choice((0, 0, 10)),
            approved_types=rng.choice([FAMILY, FAMILY, frozenset({"long_term"})]),
            vacancies=rng.choice((0, 1, 1, 2, 3, 4)),
        )
        for j in range(households)
    ]
    kids = [
        child(
            f"C{i:03d}",
            levels=tuple(rng.choice((0, 1, 2, 2, 3, 3, 4)) for _ in range(DOMAINS)),
            age_years=rng.choice((5, 12)),
            placement_type=PlacementType.LONG_TERM,
            sibling_group_size=rng.choice((1,) * 3 + tuple(range(2, max_group + 1))),
        )
        for i in range(children)
    ]
    return kids, homes


@pytest.mark.parametrize("max_group", [1, 3])
@pytest.mark.parametrize(
    ("seed", "children", "households"), [(1, 40, 25), (2, 60, 40), (3, 30, 80)]
)
def test_optimal_against_a_reference_programme_on_larger_cohorts(
    seed: int, children: int, households: int, max_group: int
) -> None:
    kids, homes = random_cohort(seed, children, households, max_group)
    result = plan(kids, homes)
    check_plan(result, kids, homes)
    assert (result.children_placed, round(result.total_fit * 100)) == reference_best(kids, homes)


def test_same_input_gives_the_same_plan() -> None:
    kids, homes = random_cohort(4, 50, 30, 3)
    assert plan(kids, homes) == plan(kids, homes)
