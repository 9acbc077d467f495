"""The step-down finder: worked examples, properties, and agreement with brute force."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindred.domain.disclosure import is_small, withheld_in_group
from kindred.domain.matching import (
    ChildNeeds,
    Household,
    HouseholdMatrix,
    MatchQuery,
    rank_households,
)
from kindred.domain.matching_scores import (
    UNKNOWN_DISTANCE,
    any_excluded,
    distances_m,
    exclusion_masks,
)
from kindred.domain.placement_costs import (
    INDICATIVE_WEEKLY_COST_PENCE,
    CostBasis,
    annual_saving_pence,
    current_weekly_cost,
)
from kindred.domain.step_down import StepDownResult, find_step_downs

DOMAINS = 4
TYPES = ("long_term", "short_term", "siblings", "respite")


def household(household_id: str, **overrides: object) -> Household:
    fields: dict[str, object] = {
        "household_id": household_id,
        "capacity": (3,) * DOMAINS,
        "age_min": 0,
        "age_max": 18,
        "approved_types": frozenset({"long_term"}),
        "vacancies": 1,
        "in_house": True,
        "weekly_fee_pence": 50_000,
    }
    fields.update(overrides)
    return Household(**fields)  # type: ignore[arg-type]


def child(child_id: str, **overrides: object) -> ChildNeeds:
    fields: dict[str, object] = {
        "child_id": child_id,
        "age_years": 14,
        "levels": (2,) * DOMAINS,
        "placement_type": "long_term",
    }
    fields.update(overrides)
    return ChildNeeds(**fields)  # type: ignore[arg-type]


def find(children: list[ChildNeeds], homes: list[Household], cost: int = 450_000) -> StepDownResult:
    matrix = HouseholdMatrix.build(homes, domain_count=DOMAINS)
    return find_step_downs(children, [cost] * len(children), matrix)


# --- worked examples --------------------------------------------------------------------------


def test_a_child_fully_met_by_a_household_is_proposed_with_the_saving() -> None:
    result = find([child("A")], [household("H1", weekly_fee_pence=60_000)])

    (proposal,) = result.proposals
    assert proposal.child_id == "A"
    assert proposal.households_meeting_all == 1
    (option,) = proposal.options
    assert option.household_id == "H1"
    # (£4,500 - £600) x 52 = £202,800
    assert option.annual_saving_pence == 20_280_000
    assert proposal.annual_saving_pence == 20_280_000


def test_a_gap_of_one_is_not_enough() -> None:
    result = find([child("A", levels=(3, 2, 2, 2))], [household("H1", capacity=(2, 4, 4, 4))])

    assert result.proposals == ()
    assert result.no_household == ("A",)


def test_a_child_with_one_domain_at_level_4_is_never_proposed() -> None:
    result = find(
        [child("A", levels=(4, 0, 0, 0)), child("B", levels=(1, 0, 0, 0))],
        [household("H1", capacity=(4,) * DOMAINS)],
    )

    assert result.blocked_by_very_high_need == ("A",)
    assert [p.child_id for p in result.proposals] == ["B"]


def test_hard_filters_and_exclusions_apply() -> None:
    homes = [
        household("full", vacancies=0),
        household("too-young", age_max=10),
        household("respite", approved_types=frozenset({"respite"})),
        household("excluded"),
        household("fits", weekly_fee_pence=90_000),
    ]
    result = find([child("A", excluded_household_ids=frozenset({"excluded"}))], homes)

    (proposal,) = result.proposals
    assert [o.household_id for o in proposal.options] == ["fits"]


def test_best_three_by_distance_then_fee_then_id() -> None:
    homes = [
        household("far", easting=400_000.0, northing=400_000.0),
        household("near-dear", easting=100_100.0, northing=100_000.0, weekly_fee_pence=90_000),
        household("near-cheap", easting=100_100.0, northing=100_000.0, weekly_fee_pence=40_000),
        household("unknown"),
        household("middle", easting=110_000.0, northing=100_000.0),
    ]
    result = find([child("A", easting=100_000.0, northing=100_000.0)], homes)

    (proposal,) = result.proposals
    assert [o.household_id for o in proposal.options] == ["near-cheap", "near-dear", "middle"]
    assert proposal.options[0].distance_km == 0.1
    assert proposal.households_meeting_all == 5


def test_without_a_location_the_cheapest_come_first() -> None:
    homes = [household(f"H{fee}", weekly_fee_pence=fee) for fee in (70_000, 50_000, 60_000)]
    result = find([child("A")], homes)

    (proposal,) = result.proposals
    assert [o.household_id for o in proposal.options] == ["H50000", "H60000", "H70000"]
    assert {o.distance_km for o in proposal.options} == {None}


def test_a_sibling_group_needs_the_siblings_approval_and_enough_places() -> None:
    homes = [
        household("one-place", approved_types=frozenset({"long_term", "siblings"})),
        household("no-approval", vacancies=2),
        household("together", vacancies=2, approved_types=frozenset({"long_term", "siblings"})),
    ]
    result = find([child("A", sibling_group_size=2)], homes)

    assert [o.household_id for o in result.proposals[0].options] == ["together"]


def test_no_households_and_no_children() -> None:
    assert find([child("A")], []).no_household == ("A",)
    assert find([], [household("H1")]) == StepDownResult(
        proposals=(), blocked_by_very_high_need=(), no_household=()
    )


def test_inputs_are_checked() -> None:
    matrix = HouseholdMatrix.build([household("H1")])
    with pytest.raises(ValueError, match="one weekly cost per child"):
        find_step_downs([child("A")], [], matrix)
    with pytest.raises(ValueError, match="limit"):
        find_step_downs([child("A")], [1], matrix, limit=0)
    with pytest.raises(ValueError, match="need levels"):
        find_step_downs([child("A", levels=(1, 1))], [1], matrix)


def test_indicative_costs_and_savings() -> None:
    assert INDICATIVE_WEEKLY_COST_PENCE["K1"] == 625_000
    assert current_weekly_cost("K2") == current_weekly_cost("K2", None)
    indicative = current_weekly_cost("R1")
    assert indicative is not None
    assert (indicative.pence, indicative.basis) == (420_000, CostBasis.INDICATIVE)
    actual = current_weekly_cost("R1", 512_345)
    assert actual is not None
    assert (actual.pence, actual.basis) == (512_345, CostBasis.ACTUAL)
    assert current_weekly_cost("U4") is None
    assert current_weekly_cost(None) is None
    assert annual_saving_pence(120_000, 95_000) == 1_300_000
    assert annual_saving_pence(90_000, 95_000) == -260_000


def test_small_counts_are_withheld_and_protected_from_subtraction() -> None:
    assert [is_small(n) for n in (0, 1, 4, 5, 40)] == [False, True, True, False, False]
    assert withheld_in_group([3, 12, 7, 0], total_shown=True) == (True, False, True, False)
    assert withheld_in_group([3, 12, 7, 0], total_shown=False) == (True, False, False, False)
    assert withheld_in_group([3, 2, 9], total_shown=True) == (True, True, False)
    assert withheld_in_group([0, 9], total_shown=True) == (False, False)


# --- properties -------------------------------------------------------------------------------

levels = st.tuples(*[st.integers(0, 4)] * DOMAINS)
# Mostly capable households, so that a fair share of children are fully met.
capacities = st.tuples(*[st.integers(1, 4)] * DOMAINS)
coordinates = st.one_of(
    st.none(), st.tuples(st.integers(0, 20).map(float), st.integers(0, 20).map(float))
)


@st.composite
def households_strategy(draw: st.DrawFn) -> list[Household]:
    count = draw(st.integers(0, 12))
    homes = []
    for number in range(count):
        age_min = draw(st.integers(0, 12))
        place = draw(coordinates)
        homes.append(
            household(
                f"H{number:02d}",
                capacity=draw(capacities),
                age_min=age_min,
                age_max=draw(st.integers(age_min, 18)),
                approved_types=frozenset(draw(st.sets(st.sampled_from(TYPES), min_size=1))),
                vacancies=draw(st.integers(0, 3)),
                weekly_fee_pence=draw(st.sampled_from((40_000, 60_000, 90_000))),
                easting=None if place is None else place[0] * 1000,
                northing=None if place is None else place[1] * 1000,
            )
        )
    return homes


@st.composite
def children_strategy(draw: st.DrawFn, homes: list[Household]) -> list[ChildNeeds]:
    count = draw(st.integers(0, 9))
    ids = [h.household_id for h in homes]
    children = []
    for number in range(count):
        place = draw(coordinates)
        children.append(
            child(
                f"C{number:02d}",
                age_years=draw(st.integers(0, 18)),
                levels=draw(levels),
                placement_type=draw(st.sampled_from(TYPES[:2])),
                sibling_group_size=draw(st.sampled_from((1, 1, 1, 2))),
                excluded_household_ids=frozenset(
                    draw(st.lists(st.sampled_from(ids), max_size=2)) if ids else ()
                ),
                easting=None if place is None else place[0] * 1000 + 3,
                northing=None if place is None else place[1] * 1000,
            )
        )
    return children


def _brute_force(kid: ChildNeeds, matrix: HouseholdMatrix) -> list[str]:
    """Fully-meeting households passing the hard filters, by (distance, fee, id), by hand."""
    distance = distances_m(kid, matrix)
    masks = exclusion_masks(
        kid,
        matrix,
        distance,
        placement_type=kid.placement_type,
        max_distance_km=None,
        in_house_only=False,
    )
    excluded = any_excluded(masks, len(matrix))
    rows = [
        row
        for row in range(len(matrix))
        if not excluded[row]
        and all(int(c) >= n for c, n in zip(matrix.capacity[row], kid.levels, strict=True))
    ]

    def key(row: int) -> tuple[int, int, int, str]:
        metres = int(distance[row])
        return (
            metres == UNKNOWN_DISTANCE,
            metres,
            int(matrix.weekly_fee_pence[row]),
            matrix.ids[row],
        )

    return [matrix.ids[row] for row in sorted(rows, key=key)]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_agrees_with_brute_force_and_with_matching(data: st.DataObject) -> None:
    homes = data.draw(households_strategy())
    children = data.draw(children_strategy(homes))
    matrix = HouseholdMatrix.build(homes, domain_count=DOMAINS)
    costs = [450_000 + number for number in range(len(children))]

    result = find_step_downs(children, costs, matrix)

    proposals = {p.child_id: p for p in result.proposals}
    blocked = set(result.blocked_by_very_high_need)
    groups = [p.child_id for p in result.proposals] + list(blocked) + list(result.no_household)
    assert sorted(groups) == sorted(c.child_id for c in children)
    for position, kid in enumerate(children):
        if 4 in kid.levels:
            assert kid.child_id in blocked
            continue
        expected = _brute_force(kid, matrix)
        ranked = rank_households(kid, matrix, MatchQuery(limit=max(len(matrix), 1)))
        by_matching = [
            m.household_id for m in ranked.matches if m.unmet_count == 0 and m.support_count == 0
        ]
        assert by_matching == expected
        if not expected:
            assert kid.child_id in result.no_household
            continue
        proposal = proposals[kid.child_id]
        assert [o.household_id for o in proposal.options] == expected[:3]
        assert proposal.households_meeting_all == len(expected)
        assert proposal.weekly_cost_pence == costs[position]
        for option in proposal.options:
            assert option.annual_saving_pence == (costs[position] - option.weekly_fee_pence) * 52


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_never_a_level_4_child_and_every_option_meets_every_need(data: st.DataObject) -> None:
    homes = data.draw(households_strategy())
    children = data.draw(children_strategy(homes))
    matrix = HouseholdMatrix.build(homes, domain_count=DOMAINS)
    by_id = {kid.child_id: kid for kid in children}

    result = find_step_downs(children, [300_000] * len(children), matrix, limit=5)

    for proposal in result.proposals:
        kid = by_id[proposal.child_id]
        assert max(kid.levels) < 4
        assert 1 <= len(proposal.options) <= 5
        masks = exclusion_masks(
            kid,
            matrix,
            distances_m(kid, matrix),
            placement_type=kid.placement_type,
            max_distance_km=None,
            in_house_only=False,
        )
        excluded = any_excluded(masks, len(matrix))
        for option in proposal.options:
            row = matrix.index[option.household_id]
            assert not excluded[row]
            assert all(int(c) >= n for c, n in zip(matrix.capacity[row], kid.levels, strict=True))
            assert matrix.vacancies[row] >= kid.sibling_group_size


def test_many_children_across_blocks_match_one_at_a_time() -> None:
    homes = [
        household(f"H{n:03d}", capacity=(n % 4 + 1, (n // 4) % 4 + 1, 3, 4), vacancies=n % 3)
        for n in range(130)
    ]
    children = [
        child(f"C{n:04d}", levels=(n % 4, (n // 4) % 4, n % 3, 1), age_years=n % 18)
        for n in range(600)
    ]
    matrix = HouseholdMatrix.build(homes)
    costs = [450_000] * len(children)

    together = find_step_downs(children, costs, matrix)
    alone = [find_step_downs([kid], [450_000], matrix) for kid in children]

    assert together.proposals == tuple(p for r in alone for p in r.proposals)
    assert together.no_household == tuple(c for r in alone for c in r.no_household)
    assert len(together.proposals) > 100
