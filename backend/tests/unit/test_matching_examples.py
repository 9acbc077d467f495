"""Matching a child to households, worked examples: verdicts and fit, the hard filters, the
order of the ranking, and input refused."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from kindred.domain.matching import (
    ChildNeeds,
    DomainVerdict,
    ExclusionReason,
    Household,
    HouseholdMatrix,
    MatchQuery,
    MatchResult,
    Verdict,
    rank_households,
)
from kindred.domain.matching_scores import quantise_weights, verdict_for_gap
from matching_helpers import DOMAINS, EVERYONE, R, child, household, rank


def ids(result: MatchResult) -> list[str]:
    return [m.household_id for m in result.matches]


# --- verdicts and fit -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("need", "capacity", "gap", "verdict"),
    [
        (0, 0, 0, Verdict.MET),
        (2, 2, 0, Verdict.MET),
        (2, 4, 0, Verdict.MET),
        (1, 0, 1, Verdict.SUPPORT),
        (3, 2, 1, Verdict.SUPPORT),
        (4, 3, 1, Verdict.SUPPORT),
        (2, 0, 2, Verdict.UNMET),
        (4, 1, 3, Verdict.UNMET),
        (4, 0, 4, Verdict.UNMET),
    ],
)
def test_domain_verdict(need: int, capacity: int, gap: int, verdict: Verdict) -> None:
    result = rank(child(levels=(need, 0, 0, 0)), [household(capacity=(capacity, 0, 0, 0))])
    assert result.matches[0].verdicts[0] == DomainVerdict(need, capacity, gap, verdict)
    assert verdict_for_gap(gap) is verdict


@pytest.mark.parametrize(
    ("levels", "capacity", "fit", "unmet", "support"),
    [
        ((2, 2, 0, 0), (2, 2, 0, 0), 100.0, 0, 0),
        ((0, 0, 0, 0), (0, 0, 0, 0), 100.0, 0, 0),
        ((2, 2, 0, 0), (1, 2, 4, 4), 75.0, 0, 1),
        ((3, 1, 0, 0), (0, 0, 0, 0), 0.0, 1, 1),
        ((4, 2, 0, 0), (1, 1, 4, 4), 33.33, 1, 1),
        ((1, 1, 1, 0), (1, 0, 0, 4), 33.33, 0, 2),
        ((2, 1, 0, 0), (1, 1, 0, 0), 66.67, 0, 1),
        ((4, 4, 4, 4), (3, 3, 3, 3), 75.0, 0, 4),
    ],
)
def test_fit_worked_examples(
    levels: tuple[int, ...], capacity: tuple[int, ...], fit: float, unmet: int, support: int
) -> None:
    match = rank(child(levels=levels), [household(capacity=capacity)]).matches[0]
    assert (match.fit, match.unmet_count, match.support_count) == (fit, unmet, support)


def test_weights_scale_each_domains_share_of_fit() -> None:
    # Gap 2 in a domain weighted 3 against total need 3x2 + 1x2: fit = 100 x (1 - 6/8).
    matrix = HouseholdMatrix.build([household(capacity=(0, 2, 0, 0))])
    result = rank_households(child(levels=(2, 2, 0, 0)), matrix, EVERYONE, (3, 1, 1, 1))
    assert result.matches[0].fit == 25.0


@pytest.mark.parametrize("weights", [(1, 1, 1), (1, 1, 1, -1), (0, 0, 0, 0), (1, 1, 1, math.nan)])
def test_bad_weights_are_refused(weights: tuple[float, ...]) -> None:
    with pytest.raises(ValueError, match="weight"):
        quantise_weights(weights, DOMAINS)


# --- hard filters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kid", "home", "query", "reasons"),
    [
        (child(age_years=4), household(age_min=5), EVERYONE, (R.AGE_OUTSIDE_TERMS,)),
        (child(age_years=12), household(age_max=11), EVERYONE, (R.AGE_OUTSIDE_TERMS,)),
        (child(age_years=5), household(age_min=5, age_max=5), EVERYONE, ()),
        (
            child(placement_type="emergency"),
            household(approved_types=frozenset({"long_term", "respite"})),
            EVERYONE,
            (R.TYPE_NOT_APPROVED,),
        ),
        (child(), household(vacancies=0), EVERYONE, (R.NO_VACANCY,)),
        (
            child(sibling_group_size=3),
            household(vacancies=2),
            EVERYONE,
            (R.SIBLING_GROUP_TOO_LARGE,),
        ),
        (child(sibling_group_size=3), household(vacancies=3), EVERYONE, ()),
        (
            child(sibling_group_size=2),
            household(vacancies=2, approved_types=frozenset({"long_term"})),
            EVERYONE,
            (R.TYPE_NOT_APPROVED,),
        ),
        (
            child(sibling_group_size=2),
            household(vacancies=0, approved_types=frozenset({"long_term"})),
            EVERYONE,
            (R.TYPE_NOT_APPROVED, R.NO_VACANCY),
        ),
        (
            child(excluded_household_ids=frozenset({"H1", "H9"})),
            household(),
            EVERYONE,
            (R.EXCLUDED,),
        ),
        (
            child(easting=0.0, northing=0.0),
            household(easting=20_000.0, northing=0.0),
            dataclasses.replace(EVERYONE, max_distance_km=19.999),
            (R.TOO_FAR,),
        ),
        (
            child(easting=0.0, northing=0.0),
            household(easting=20_000.0, northing=0.0),
            dataclasses.replace(EVERYONE, max_distance_km=20),
            (),
        ),
        (
            child(easting=0.0, northing=0.0),
            household(),
            dataclasses.replace(EVERYONE, max_distance_km=1),
            (),
        ),
        (
            child(),
            household(in_house=False),
            dataclasses.replace(EVERYONE, in_house_only=True),
            (R.NOT_IN_HOUSE,),
        ),
        (
            child(age_years=17, placement_type="respite"),
            household(
                age_max=16, approved_types=frozenset({"long_term"}), vacancies=0, in_house=False
            ),
            dataclasses.replace(EVERYONE, in_house_only=True),
            (R.AGE_OUTSIDE_TERMS, R.TYPE_NOT_APPROVED, R.NO_VACANCY, R.NOT_IN_HOUSE),
        ),
        (
            child(placement_type="emergency"),
            household(approved_types=frozenset({"long_term"})),
            dataclasses.replace(EVERYONE, placement_type="long_term"),
            (),
        ),
    ],
)
def test_hard_filters(
    kid: ChildNeeds, home: Household, query: MatchQuery, reasons: tuple[ExclusionReason, ...]
) -> None:
    result = rank(kid, [home], query)
    if reasons:
        assert result.matches == ()
        assert [(e.household_id, e.reasons) for e in result.excluded] == [("H1", reasons)]
        assert (result.total_eligible, result.total_excluded) == (0, 1)
    else:
        assert ids(result) == ["H1"]
        assert result.excluded == ()
        assert (result.total_eligible, result.total_excluded) == (1, 0)


def test_unmet_needs_rank_low_but_are_not_excluded() -> None:
    result = rank(child(levels=(4, 4, 4, 4)), [household(capacity=(0, 0, 0, 0))])
    assert ids(result) == ["H1"]
    assert result.matches[0].unmet_count == 4


def test_distance_is_straight_line_on_the_national_grid() -> None:
    kid = child(easting=400_000.0, northing=300_000.0)
    result = rank(kid, [household(easting=403_000.0, northing=304_000.0)])
    match = result.matches[0]
    assert (match.distance_km, match.distance_miles, match.distance_unknown) == (5.0, 3.11, False)


def test_unknown_location_is_flagged_not_excluded() -> None:
    query = dataclasses.replace(EVERYONE, max_distance_km=1)
    for kid, home in [
        (child(easting=0.0, northing=0.0), household()),
        (child(), household(easting=5.0e5, northing=5.0e5)),
    ]:
        match = rank(kid, [home], query).matches[0]
        assert (match.distance_km, match.distance_miles, match.distance_unknown) == (
            None,
            None,
            True,
        )


def test_excluded_are_listed_only_when_asked_fewest_reasons_first_and_limited() -> None:
    kid = child(age_years=9)
    homes = [
        household("A", vacancies=0, age_min=10),
        household("B", vacancies=0),
        household("C", age_min=10, in_house=False, vacancies=0),
        household("D", capacity=(0, 0, 0, 0), vacancies=0),
        household("OK"),
    ]
    listed = rank(kid, homes, MatchQuery(include_excluded=True, limit=3, in_house_only=True))
    assert [(e.household_id, len(e.reasons)) for e in listed.excluded] == [
        ("B", 1),
        ("D", 1),
        ("A", 2),
    ]
    assert listed.total_excluded == 4
    assert rank(kid, homes, MatchQuery(limit=3)).excluded == ()


# --- ordering ---------------------------------------------------------------------------------


def test_ranking_worked_example() -> None:
    # Total need 8. Each line differs from the next in the first criterion that separates them.
    kid = child(levels=(4, 2, 2, 0), easting=0.0, northing=0.0)
    far, near = {"easting": 9_000.0, "northing": 0.0}, {"easting": 1_000.0, "northing": 0.0}
    homes = [
        household("two-unmet", capacity=(0, 0, 2, 0), **near),
        household("unmet-gap2-support", capacity=(2, 1, 2, 0), **near),  # fit 62.5
        household("unmet-gap4", capacity=(0, 2, 2, 0), **near),  # fit 50
        household("unmet-gap2", capacity=(2, 2, 2, 0), **near),  # fit 75
        household("two-support", capacity=(3, 1, 2, 0), **near),
        household("support-far", capacity=(4, 2, 1, 0), **far),
        household("support-near", capacity=(3, 2, 2, 0), **near),
        household("met-unknown", capacity=(4, 2, 2, 0)),
        household("met-far", capacity=(4, 2, 2, 0), **far),
        household("met-near-dear", capacity=(4, 4, 4, 4), weekly_fee_pence=90_000, **near),
        household("met-near-b", capacity=(4, 2, 2, 0), weekly_fee_pence=60_000, **near),
        household("met-near-a", capacity=(4, 4, 4, 4), weekly_fee_pence=60_000, **near),
        household("met-near-cheap", capacity=(4, 3, 2, 0), weekly_fee_pence=40_000, **near),
    ]
    assert ids(rank(kid, homes)) == [
        "met-near-cheap",
        "met-near-a",
        "met-near-b",
        "met-near-dear",
        "met-far",
        "met-unknown",
        "support-near",
        "support-far",
        "two-support",
        "unmet-gap2",
        "unmet-gap4",
        "unmet-gap2-support",
        "two-unmet",
    ]


def test_limit_zero_still_counts() -> None:
    result = rank(child(), [household("A"), household("B", vacancies=0)], MatchQuery(limit=0))
    assert (result.matches, result.total_eligible, result.total_excluded) == ((), 1, 1)


# --- validation and the matrix ----------------------------------------------------------------


def test_matrix_is_read_only_and_keeps_input_order() -> None:
    matrix = HouseholdMatrix.build([household("B"), household("A", capacity=(1, 2, 3, 4))])
    assert matrix.ids == ("B", "A")
    assert matrix.capacity.dtype == np.int8
    assert matrix.capacity[1].tolist() == [1, 2, 3, 4]
    assert not matrix.capacity.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        matrix.vacancies[0] = 5


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: HouseholdMatrix.build([household("A"), household("A")]), "unique"),
        (lambda: HouseholdMatrix.build([household(), household("B", capacity=(1,))]), "capacity"),
        (lambda: HouseholdMatrix.build([]), "domain_count"),
        (lambda: household(capacity=(5, 0, 0, 0)), "levels"),
        (lambda: household(age_min=9, age_max=8), "age"),
        (lambda: household(approved_types=frozenset({"forever"})), "placement type"),
        (lambda: child(sibling_group_size=0), "sibling"),
        (lambda: child(placement_type="forever"), "placement type"),
        (lambda: MatchQuery(limit=-1), "limit"),
        (lambda: rank(child(levels=(1, 1)), [household()]), "need levels"),
    ],
)
def test_invalid_input_is_refused(build: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_empty_matrix_ranks_nothing() -> None:
    matrix = HouseholdMatrix.build([], domain_count=DOMAINS)
    result = rank_households(child(), matrix, EVERYONE)
    assert (result.matches, result.excluded, result.total_eligible) == ((), (), 0)
