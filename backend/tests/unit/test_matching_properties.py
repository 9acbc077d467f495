"""Matching a child to households, properties over random households: checked against a
household-by-household reference of the filters, the fit and the order."""

from __future__ import annotations

import dataclasses
import math
import random
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindred.domain import matching
from kindred.domain.matching import (
    ChildNeeds,
    ExclusionReason,
    Household,
    HouseholdMatrix,
    MatchQuery,
    PlacementType,
    Verdict,
)
from kindred.domain.matching_scores import FIT_SCALE, quantise_weights, score_households
from matching_helpers import DOMAINS, R, child, household, rank

levels_st = st.tuples(*[st.integers(0, 4)] * DOMAINS)
# Whole kilometres, so that distances tie often; a grid point, or no location at all.
kilometres = st.integers(0, 4).map(lambda km: km * 1_000.0)
grid = st.one_of(st.none(), kilometres)


@st.composite
def households_st(draw: st.DrawFn, max_size: int = 25) -> list[Household]:
    count = draw(st.integers(0, max_size))
    homes = []
    for number in range(count):
        age_min = draw(st.integers(0, 12))
        easting = draw(grid)
        homes.append(
            Household(
                household_id=f"H{draw(st.integers(0, 99)):02d}-{number}",
                capacity=draw(levels_st),
                age_min=age_min,
                age_max=draw(st.integers(age_min, 18)),
                approved_types=draw(st.frozensets(st.sampled_from(list(PlacementType)))),
                vacancies=draw(st.integers(0, 3)),
                in_house=draw(st.booleans()),
                weekly_fee_pence=draw(st.sampled_from([40_000, 60_000, 60_000, 90_000])),
                easting=easting,
                northing=None if easting is None else draw(kilometres),
            )
        )
    return homes


@st.composite
def children_st(draw: st.DrawFn) -> ChildNeeds:
    located = draw(st.booleans())
    return ChildNeeds(
        child_id="C",
        age_years=draw(st.integers(0, 18)),
        levels=draw(levels_st),
        placement_type=draw(st.sampled_from(list(PlacementType))),
        sibling_group_size=draw(st.integers(1, 3)),
        excluded_household_ids=frozenset(draw(st.lists(st.sampled_from(["H00-0", "H01-1"])))),
        easting=0.0 if located else None,
        northing=0.0 if located else None,
    )


queries_st = st.builds(
    MatchQuery,
    placement_type=st.one_of(st.none(), st.sampled_from(list(PlacementType))),
    max_distance_km=st.one_of(st.none(), st.sampled_from([0.0, 1.5, 3.0])),
    in_house_only=st.booleans(),
    include_excluded=st.booleans(),
    limit=st.integers(0, 30),
)


def expected_reasons(kid: ChildNeeds, home: Household, query: MatchQuery) -> set[ExclusionReason]:
    """The filters restated one household at a time, as a reference for the vectorised pass."""
    wanted = {query.placement_type or kid.placement_type}
    if kid.sibling_group_size > 1:
        wanted.add("siblings")
    reasons = set()
    if not home.age_min <= kid.age_years <= home.age_max:
        reasons.add(R.AGE_OUTSIDE_TERMS)
    if not wanted <= home.approved_types:
        reasons.add(R.TYPE_NOT_APPROVED)
    if home.vacancies == 0:
        reasons.add(R.NO_VACANCY)
    elif home.vacancies < kid.sibling_group_size:
        reasons.add(R.SIBLING_GROUP_TOO_LARGE)
    if home.household_id in kid.excluded_household_ids:
        reasons.add(R.EXCLUDED)
    distance = reference_distance_m(kid, home)
    limit_km = query.max_distance_km
    if limit_km is not None and distance is not None and distance > limit_km * 1000:
        reasons.add(R.TOO_FAR)
    if query.in_house_only and not home.in_house:
        reasons.add(R.NOT_IN_HOUSE)
    return reasons


def reference_distance_m(kid: ChildNeeds, home: Household) -> int | None:
    if None in (kid.easting, kid.northing, home.easting, home.northing):
        return None
    return round(math.dist((kid.easting, kid.northing), (home.easting, home.northing)))  # type: ignore[arg-type]


def reference_fit(levels: tuple[int, ...], capacity: tuple[int, ...]) -> float:
    need = sum(levels)
    if need == 0:
        return 100.0
    met = Fraction(need - sum(max(n - c, 0) for n, c in zip(levels, capacity, strict=True)), need)
    return math.floor(met * FIT_SCALE + Fraction(1, 2)) / 100


def sort_key(match: matching.HouseholdMatch) -> tuple[object, ...]:
    distance = math.inf if match.distance_km is None else match.distance_km
    return (
        match.unmet_count,
        match.support_count,
        -match.fit,
        distance,
        match.weekly_fee_pence,
        match.household_id,
    )


@given(levels=levels_st, slack=levels_st)
def test_meeting_every_need_scores_100(levels: tuple[int, ...], slack: tuple[int, ...]) -> None:
    capacity = tuple(min(n + s, 4) for n, s in zip(levels, slack, strict=True))
    match = rank(child(levels=levels), [household(capacity=capacity)]).matches[0]
    assert match.fit == 100.0
    assert (match.unmet_count, match.support_count) == (0, 0)
    assert all(v.verdict is Verdict.MET for v in match.verdicts)


@given(
    levels=levels_st,
    capacity=levels_st,
    domain=st.integers(0, DOMAINS - 1),
    weights=st.one_of(st.none(), st.tuples(*[st.floats(0.01, 10)] * DOMAINS)),
)
def test_raising_a_capacity_never_lowers_fit_nor_adds_unmet(
    levels: tuple[int, ...],
    capacity: tuple[int, ...],
    domain: int,
    weights: tuple[float, ...] | None,
) -> None:
    raised = tuple(min(c + 1, 4) if d == domain else c for d, c in enumerate(capacity))
    matrix = HouseholdMatrix.build(
        [household("A", capacity=capacity), household("B", capacity=raised)]
    )
    scores = score_households(levels, matrix, quantise_weights(weights, DOMAINS))
    assert scores.fit[1] >= scores.fit[0]
    assert scores.unmet[1] <= scores.unmet[0]
    assert 0 <= scores.fit[0] <= FIT_SCALE


@given(kid=children_st(), homes=households_st(), query=queries_st)
def test_ranking_agrees_with_a_household_by_household_reference(
    kid: ChildNeeds, homes: list[Household], query: MatchQuery
) -> None:
    result = rank(kid, homes, query)
    reasons = {h.household_id: expected_reasons(kid, h, query) for h in homes}
    eligible = {h for h, why in reasons.items() if not why}
    assert result.total_eligible == len(eligible)
    assert result.total_excluded == len(homes) - len(eligible)
    assert len(result.matches) == min(query.limit, len(eligible))
    assert {m.household_id for m in result.matches} <= eligible
    by_id = {h.household_id: h for h in homes}
    for match in result.matches:
        home = by_id[match.household_id]
        assert match.fit == reference_fit(kid.levels, home.capacity)
        distance = reference_distance_m(kid, home)
        assert match.distance_km == (None if distance is None else distance / 1000)
    keys = [sort_key(m) for m in result.matches]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)  # a total order: no two matches tie
    if query.include_excluded:
        assert len(result.excluded) == min(query.limit, result.total_excluded)
        for excluded in result.excluded:
            assert set(excluded.reasons) == reasons[excluded.household_id]
            assert list(excluded.reasons) == sorted(excluded.reasons, key=list(R).index)
        counts = [len(e.reasons) for e in result.excluded]
        assert counts == sorted(counts)
    else:
        assert result.excluded == ()


@given(kid=children_st(), homes=households_st(), query=queries_st, seed=st.integers())
def test_ranking_is_independent_of_input_order_and_top_k_is_a_prefix(
    kid: ChildNeeds, homes: list[Household], query: MatchQuery, seed: int
) -> None:
    full = rank(kid, homes, dataclasses.replace(query, limit=len(homes)))
    shuffled = list(homes)
    random.Random(seed).shuffle(shuffled)
    top = rank(kid, shuffled, query)
    assert top.matches == full.matches[: query.limit]
    assert top.excluded == full.excluded[: query.limit]


@settings(max_examples=50)
@given(kid=children_st(), homes=households_st(), query=queries_st)
def test_fallback_sort_gives_the_same_ranking(
    kid: ChildNeeds, homes: list[Household], query: MatchQuery
) -> None:
    expected = rank(kid, homes, query)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "_KEY_BITS", 0)  # too narrow for the packed key: lexsort instead
        assert rank(kid, homes, query) == expected
