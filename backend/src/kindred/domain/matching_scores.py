"""One vectorised pass of a child against every household: verdicts, fit, distance, hard filters.

Shared by ranking (one child) and cohort planning (many children). All arithmetic that decides an
order is exact integer arithmetic, so results never depend on household order or float rounding.

Fit, 0-100 in hundredths of a point::

    gap_d = max(need_d - capacity_d, 0)
    fit   = 100 x (1 - sum_d w_d x gap_d / sum_d w_d x need_d)      (100 when the sum of need is 0)

the weighted share of the child's need levels the household can meet. Raising a capacity can only
shrink a gap, so it never lowers fit; a household meeting every need scores 100; a household with
capacity 0 everywhere scores 0. Weights are relative (default all 1); they are resolved to integers
in units of 1/2^20 of the largest weight, and fit is rounded half up to hundredths, so the figure
is exact, reproducible and the same one the ranking sorts by.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from kindred.domain.framework import MAX_LEVEL
from kindred.domain.matching_matrix import (
    ChildNeeds,
    HouseholdMatrix,
    PlacementType,
    placement_type_bits,
)

FIT_SCALE = 10_000
"""Fit is held as an integer in hundredths of a point: 10,000 is a fit of 100."""

WEIGHT_UNIT = 1 << 20
"""The largest weight becomes this integer; the others keep their ratio to it."""

UNKNOWN_DISTANCE = -1
"""Distance in metres when either end has no location."""

_PENALTY_BITS = 32
_COUNT_BITS = 12
_SUPPORT_SHIFT = _PENALTY_BITS
_UNMET_SHIFT = _PENALTY_BITS + _COUNT_BITS
_PENALTY_MASK = (1 << _PENALTY_BITS) - 1
_COUNT_MASK = (1 << _COUNT_BITS) - 1


class Verdict(StrEnum):
    """How a household meets one domain's need: met, met with training or support, or not met."""

    MET = "met"
    SUPPORT = "support"
    UNMET = "unmet"


def verdict_for_gap(gap: int) -> Verdict:
    """gap 0 is met, gap 1 could be met with training or support, gap 2 or more is not met."""
    if gap <= 0:
        return Verdict.MET
    return Verdict.SUPPORT if gap == 1 else Verdict.UNMET


class ExclusionReason(StrEnum):
    """Hard filters: a household failing any of them is never ranked or assigned."""

    AGE_OUTSIDE_TERMS = "age_outside_terms"
    TYPE_NOT_APPROVED = "type_not_approved"
    NO_VACANCY = "no_vacancy"
    SIBLING_GROUP_TOO_LARGE = "sibling_group_too_large"
    EXCLUDED = "excluded"
    TOO_FAR = "too_far"
    NOT_IN_HOUSE = "not_in_house"


def quantise_weights(weights: Sequence[float] | None, domain_count: int) -> tuple[int, ...]:
    """Domain weights as exact integers (largest = WEIGHT_UNIT); default all equal."""
    if weights is None:
        return (WEIGHT_UNIT,) * domain_count
    if len(weights) != domain_count:
        raise ValueError(f"expected {domain_count} weights, got {len(weights)}")
    if any(not math.isfinite(w) or w < 0 for w in weights):
        raise ValueError("weights must be finite and not negative")
    largest = max(weights)
    if largest <= 0:
        raise ValueError("at least one weight must be positive")
    return tuple(round(w / largest * WEIGHT_UNIT) for w in weights)


@dataclass(frozen=True, slots=True, eq=False)
class Scores:
    """Per household: count of unmet and support domains, and fit in hundredths (0..10,000)."""

    unmet: npt.NDArray[np.int64]
    support: npt.NDArray[np.int64]
    fit: npt.NDArray[np.int64]


def score_households(
    levels: tuple[int, ...], matrix: HouseholdMatrix, weights: tuple[int, ...]
) -> Scores:
    """Verdict counts and fit for every household in one pass over the domains.

    Per domain, the outcome depends only on the household's capacity (0-4), so a five-entry lookup
    table packs (unmet, support, weighted gap) into one int64, and each domain costs one gather
    and one add over all households. Domains where the child has no need are skipped.
    """
    if len(levels) != matrix.domain_count:
        raise ValueError(f"expected {matrix.domain_count} need levels, got {len(levels)}")
    packed = np.zeros(len(matrix), dtype=np.int64)
    total_need = 0
    for domain, need in enumerate(levels):
        if need == 0:
            continue
        total_need += weights[domain] * need
        gaps = [max(need - capacity, 0) for capacity in range(MAX_LEVEL + 1)]
        table = np.array(
            [
                (gap >= 2) << _UNMET_SHIFT | (gap == 1) << _SUPPORT_SHIFT | gap * weights[domain]
                for gap in gaps
            ],
            dtype=np.int64,
        )
        packed += table.take(matrix.capacity_by_domain[domain])
    unmet = packed >> _UNMET_SHIFT
    support = (packed >> _SUPPORT_SHIFT) & _COUNT_MASK
    if total_need == 0:
        fit = np.full(len(matrix), FIT_SCALE, dtype=np.int64)
    else:
        met = total_need - (packed & _PENALTY_MASK)
        # Round half up in integers: floor((2 x SCALE x met + total) / (2 x total)).
        fit = (2 * FIT_SCALE * met + total_need) // (2 * total_need)
    return Scores(unmet=unmet, support=support, fit=fit)


def distances_m(child: ChildNeeds, matrix: HouseholdMatrix) -> npt.NDArray[np.int64]:
    """Straight-line distance from the child's home to each household, whole metres (BNG).

    Rounded to the metre so the reported distance is exactly the one the ranking compares;
    UNKNOWN_DISTANCE where either location is unknown.
    """
    if child.easting is None or child.northing is None:
        return np.full(len(matrix), UNKNOWN_DISTANCE, dtype=np.int64)
    metres = matrix.easting - child.easting
    metres *= metres
    north = matrix.northing - child.northing
    north *= north
    metres += north
    np.sqrt(metres, out=metres)
    np.rint(metres, out=metres)
    metres[np.isnan(metres)] = UNKNOWN_DISTANCE
    return metres.astype(np.int64)


def exclusion_masks(
    child: ChildNeeds,
    matrix: HouseholdMatrix,
    distance_m: npt.NDArray[np.int64],
    *,
    placement_type: str,
    max_distance_km: float | None,
    in_house_only: bool,
) -> dict[ExclusionReason, npt.NDArray[np.bool_]]:
    """For each hard filter that applies, which households it excludes (True = excluded).

    A sibling group of n needs n vacancies (none at all is `no_vacancy`, some but fewer than n is
    `sibling_group_too_large`) and, when n > 1, the `siblings` approval alongside the requested
    type. An unknown distance is never `too_far`: it is reported as unknown instead.
    """
    group = child.sibling_group_size
    required = placement_type_bits((placement_type,))
    if group > 1:
        required |= placement_type_bits((PlacementType.SIBLINGS,))
    masks = {
        ExclusionReason.AGE_OUTSIDE_TERMS: (matrix.age_min > child.age_years)
        | (matrix.age_max < child.age_years),
        ExclusionReason.TYPE_NOT_APPROVED: (matrix.type_mask & required) != required,
        ExclusionReason.NO_VACANCY: matrix.vacancies <= 0,
    }
    if group > 1:
        masks[ExclusionReason.SIBLING_GROUP_TOO_LARGE] = (matrix.vacancies > 0) & (
            matrix.vacancies < group
        )
    if child.excluded_household_ids:
        excluded = np.zeros(len(matrix), dtype=np.bool_)
        rows = [matrix.index[h] for h in child.excluded_household_ids if h in matrix.index]
        excluded[rows] = True
        masks[ExclusionReason.EXCLUDED] = excluded
    if max_distance_km is not None:
        if not max_distance_km >= 0:
            raise ValueError("max_distance_km must not be negative")
        masks[ExclusionReason.TOO_FAR] = distance_m > max_distance_km * 1000
    if in_house_only:
        masks[ExclusionReason.NOT_IN_HOUSE] = ~matrix.in_house
    return masks


def any_excluded(
    masks: dict[ExclusionReason, npt.NDArray[np.bool_]], size: int
) -> npt.NDArray[np.bool_]:
    """True where at least one hard filter excludes the household."""
    excluded = np.zeros(size, dtype=np.bool_)
    for mask in masks.values():
        excluded |= mask
    return excluded
