"""Rank fostering households for one child: explainable per domain, deterministic and fast.

Inputs live in `matching_matrix` (the child, the households as one matrix) and the vectorised
verdicts, fit formula and hard filters in `matching_scores`; they are re-exported here so callers
import matching from one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from kindred.domain.framework import MAX_LEVEL
from kindred.domain.matching_matrix import (
    ChildNeeds,
    Household,
    HouseholdMatrix,
    PlacementType,
)
from kindred.domain.matching_scores import (
    FIT_SCALE,
    UNKNOWN_DISTANCE,
    ExclusionReason,
    Verdict,
    any_excluded,
    distances_m,
    exclusion_masks,
    quantise_weights,
    score_households,
    verdict_for_gap,
)

__all__ = [
    "ChildNeeds",
    "DomainVerdict",
    "ExcludedHousehold",
    "ExclusionReason",
    "Household",
    "HouseholdMatch",
    "HouseholdMatrix",
    "MatchQuery",
    "MatchResult",
    "PlacementType",
    "Verdict",
    "rank_households",
]

METRES_PER_MILE = 1609.344

_DISTANCE_BITS = 22
_FIT_BITS = (FIT_SCALE).bit_length()
_KEY_BITS = 63
"""Bits of a non-negative int64; the composite sort key must fit, or ranking falls back."""
_FARTHEST = (1 << _DISTANCE_BITS) - 2
"""Metres (about 4,194 km) beyond which distances compare equal; Great Britain is ~1,300 km."""
_UNKNOWN_RANK = _FARTHEST + 1


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchQuery:
    """What the practitioner asks for.

    `placement_type` overrides the child's requested type when given. `limit` caps both the
    matches and, when `include_excluded`, the excluded households listed.
    """

    placement_type: str | None = None
    max_distance_km: float | None = None
    in_house_only: bool = False
    include_excluded: bool = False
    limit: int = 20

    def __post_init__(self) -> None:
        if self.limit < 0:
            raise ValueError("limit must not be negative")
        if self.max_distance_km is not None and not self.max_distance_km >= 0:
            raise ValueError("max_distance_km must not be negative")
        if self.placement_type is not None and self.placement_type not in set(PlacementType):
            raise ValueError(f"unknown placement type {self.placement_type!r}")


@dataclass(frozen=True, slots=True)
class DomainVerdict:
    """One domain of one match: the child's need, the household's capacity and the verdict."""

    need: int
    capacity: int
    gap: int
    verdict: Verdict


_DOMAIN_VERDICTS = tuple(
    tuple(
        DomainVerdict(need, capacity, max(need - capacity, 0), verdict_for_gap(need - capacity))
        for capacity in range(MAX_LEVEL + 1)
    )
    for need in range(MAX_LEVEL + 1)
)
"""All 25 possible domain verdicts, built once and shared (they are immutable)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class HouseholdMatch:
    """A ranked household, with the per-domain verdicts that explain its place."""

    household_id: str
    fit: float
    unmet_count: int
    support_count: int
    verdicts: tuple[DomainVerdict, ...]
    distance_km: float | None
    distance_miles: float | None
    distance_unknown: bool
    weekly_fee_pence: int
    in_house: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class ExcludedHousehold:
    """A household a hard filter removed, with every reason that applies (in enum order)."""

    household_id: str
    reasons: tuple[ExclusionReason, ...]
    distance_km: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchResult:
    """The top `limit` matches, optionally the top `limit` exclusions, and the full counts."""

    matches: tuple[HouseholdMatch, ...]
    excluded: tuple[ExcludedHousehold, ...]
    total_eligible: int
    total_excluded: int


class _Ranker:
    """Sort keys of one request; picks the best k of any candidate set exactly."""

    def __init__(
        self,
        unmet: npt.NDArray[np.int64],
        support: npt.NDArray[np.int64],
        fit: npt.NDArray[np.int64],
        distance_m: npt.NDArray[np.int64],
        matrix: HouseholdMatrix,
    ) -> None:
        self._fields = (
            unmet,
            support,
            FIT_SCALE - fit,
            np.where(
                distance_m == UNKNOWN_DISTANCE, _UNKNOWN_RANK, np.minimum(distance_m, _FARTHEST)
            ),
            matrix.order_rank,
        )
        count_bits = matrix.domain_count.bit_length()
        rank_bits = max(len(matrix) - 1, 1).bit_length()
        widths = (count_bits, count_bits, _FIT_BITS, _DISTANCE_BITS, rank_bits)
        self._composite: npt.NDArray[np.int64] | None = None
        if sum(widths) <= _KEY_BITS:
            # Every field is a small non-negative integer, so packing them into one int64 keeps
            # the exact lexicographic order; order_rank is unique, so no two keys are equal.
            key = np.zeros(len(matrix), dtype=np.int64)
            for field, width in zip(self._fields, widths, strict=True):
                key = (key << width) | field
            self._composite = key

    def best(self, candidates: npt.NDArray[np.intp], k: int) -> npt.NDArray[np.intp]:
        """The k best candidate rows, best first."""
        if k <= 0 or candidates.size == 0:
            return candidates[:0]
        if self._composite is None:
            order = np.lexsort(tuple(field[candidates] for field in reversed(self._fields)))
            return candidates[order[:k]]
        keys = self._composite[candidates]
        if k < candidates.size:
            # Keys are unique, so the k smallest are a well-defined set: partitioning is exact.
            part = np.argpartition(keys, k - 1)[:k]
            candidates, keys = candidates[part], keys[part]
        return candidates[np.argsort(keys)]


def _distance_fields(metres: int) -> tuple[float | None, float | None]:
    if metres == UNKNOWN_DISTANCE:
        return None, None
    return metres / 1000, round(metres / METRES_PER_MILE, 2)


def rank_households(
    child: ChildNeeds,
    matrix: HouseholdMatrix,
    query: MatchQuery,
    weights: Sequence[float] | None = None,
) -> MatchResult:
    """Rank every household for a child in one vectorised pass.

    Hard filters first: approved age range, approved placement type (plus `siblings` for a sibling
    group), enough vacancies for the whole group, the child's excluded households, the maximum
    distance (an unknown distance is kept and flagged, never excluded) and, when asked, in-house
    only. Households with unmet domains stay eligible: they rank below those without.

    Per domain, gap = need - capacity when positive: 0 met, 1 support (a training or support
    need), 2 or more unmet. Fit (0-100, to 0.01) = 100 x (1 - sum(w x gap) / sum(w x need)), the
    weighted share of the child's need levels the household meets (100 when the child has none).

    Ranking, a total order: fewest unmet domains, then fewest domains needing training or support,
    then highest fit, then nearest (straight-line, to the metre; unknown distance last), then
    lowest weekly fee, then household id ascending. Excluded households are listed fewest reasons
    first, then in the same order. Both lists are cut to `limit`; the totals count everyone.
    """
    levels = child.levels
    scores = score_households(levels, matrix, quantise_weights(weights, matrix.domain_count))
    distance_m = distances_m(child, matrix)
    masks = exclusion_masks(
        child,
        matrix,
        distance_m,
        placement_type=query.placement_type or child.placement_type,
        max_distance_km=query.max_distance_km,
        in_house_only=query.in_house_only,
    )
    excluded = any_excluded(masks, len(matrix))
    ranker = _Ranker(scores.unmet, scores.support, scores.fit, distance_m, matrix)
    eligible_rows = np.flatnonzero(~excluded)

    matches = []
    for row in ranker.best(eligible_rows, query.limit).tolist():
        km, miles = _distance_fields(int(distance_m[row]))
        capacity = matrix.capacity[row].tolist()
        matches.append(
            HouseholdMatch(
                household_id=matrix.ids[row],
                fit=int(scores.fit[row]) / 100,
                unmet_count=int(scores.unmet[row]),
                support_count=int(scores.support[row]),
                verdicts=tuple(
                    _DOMAIN_VERDICTS[need][cap] for need, cap in zip(levels, capacity, strict=True)
                ),
                distance_km=km,
                distance_miles=miles,
                distance_unknown=km is None,
                weekly_fee_pence=int(matrix.weekly_fee_pence[row]),
                in_house=bool(matrix.in_house[row]),
            )
        )

    listed: list[ExcludedHousehold] = []
    if query.include_excluded and query.limit > 0:
        reason_count = np.zeros(len(matrix), dtype=np.int8)
        for mask in masks.values():
            reason_count += mask
        for count in range(1, len(masks) + 1):
            remaining = query.limit - len(listed)
            if remaining <= 0:
                break
            for row in ranker.best(np.flatnonzero(reason_count == count), remaining).tolist():
                listed.append(
                    ExcludedHousehold(
                        household_id=matrix.ids[row],
                        reasons=tuple(reason for reason, mask in masks.items() if mask[row]),
                        distance_km=_distance_fields(int(distance_m[row]))[0],
                    )
                )

    return MatchResult(
        matches=tuple(matches),
        excluded=tuple(listed),
        total_eligible=int(eligible_rows.size),
        total_excluded=len(matrix) - int(eligible_rows.size),
    )
