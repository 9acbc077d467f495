"""Step-down: children in residential care whose needs a family household could fully meet.

A child is proposed when at least one household meets every domain of the child's needs
(capacity >= need everywhere: nothing unmet, nothing needing training or support) and passes every
hard filter of matching (approved ages, the placement type sought and `siblings` for a group,
vacancies for the whole group, the child's exclusions). A child with any domain at the very high
level 4 is never proposed (`scoring.blocks_step_down`), however low the rest.

For each proposed child the best `limit` households are listed in the order `rank_households`
would give them (all of them meet every need, so fit is 100 and the order comes down to: nearest,
unknown distance last, then lowest weekly fee, then household id), each with the annual saving
(current weekly cost - household weekly fee) x 52.

Method: scoring thousands of children against tens of thousands of households one child at a
time repeats the same comparisons, so the households are indexed once as bitsets, 64 households
to a machine word:

* for each domain d and level l, the households with capacity_d >= l;
* for each distinct (age, placement type, group size) among the children, the households
  passing the hard filters (computed by `matching_scores.exclusion_masks`, so the rules are the
  ones matching uses).

A child's fully-meeting households are then the AND of its eligibility bitset and one bitset per
domain (12 word-wise ANDs over n/64 words, done for a block of children at once), with the
child's own exclusions cleared. Only the few survivors are unpacked and ranked. 5,000 children
over 40,000 households take a fraction of a second (`bench/bench_step_down.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from kindred.domain.framework import MAX_LEVEL
from kindred.domain.matching_matrix import ChildNeeds, HouseholdMatrix
from kindred.domain.matching_scores import UNKNOWN_DISTANCE, any_excluded, exclusion_masks
from kindred.domain.placement_costs import annual_saving_pence
from kindred.domain.scoring import blocks_step_down

DEFAULT_LIMIT = 3
"""Households listed per proposed child."""

_BLOCK = 256
"""Children ANDed together at once: big enough to amortise NumPy calls, small enough for cache."""
_WORD_BITS = 64


@dataclass(frozen=True, slots=True)
class StepDownOption:
    """A household that could meet every one of the child's needs, and what it would save."""

    household_id: str
    weekly_fee_pence: int
    distance_km: float | None
    annual_saving_pence: int


@dataclass(frozen=True, slots=True)
class StepDownProposal:
    """A child who could step down, with the best households, best first.

    `annual_saving_pence` is the saving with the first (best-ranked) household;
    `households_meeting_all` counts every household that fully meets the child's needs and passes
    the hard filters, of which `options` are the first.
    """

    child_id: str
    weekly_cost_pence: int
    households_meeting_all: int
    options: tuple[StepDownOption, ...]

    @property
    def annual_saving_pence(self) -> int:
        return self.options[0].annual_saving_pence


@dataclass(frozen=True, slots=True, kw_only=True)
class StepDownResult:
    """Every child given falls in exactly one group, each kept in the order given."""

    proposals: tuple[StepDownProposal, ...]
    blocked_by_very_high_need: tuple[str, ...]
    """Children with a domain at level 4: never proposed."""
    no_household: tuple[str, ...]
    """Children no household with a vacancy can fully meet."""


def _pack(rows: npt.NDArray[np.bool_], words: int) -> npt.NDArray[np.uint64]:
    """Boolean rows (..., households) as bitsets (..., words): household h is bit h % 64 of
    word h // 64 (little-endian), padding bits zero."""
    packed = np.packbits(rows, axis=-1, bitorder="little")
    padding = words * 8 - packed.shape[-1]
    if padding:
        widths = [(0, 0)] * (packed.ndim - 1) + [(0, padding)]
        packed = np.pad(packed, widths)
    return np.ascontiguousarray(packed).view("<u8").astype(np.uint64, copy=False)


def _unpack(bits: npt.NDArray[np.uint64], size: int) -> npt.NDArray[np.intp]:
    """The household rows set in one bitset, ascending."""
    flags = np.unpackbits(bits.astype("<u8", copy=False).view(np.uint8), bitorder="little")
    return np.flatnonzero(flags[:size])


class _Index:
    """The households as bitsets: per domain and level, and per hard-filter profile."""

    def __init__(self, matrix: HouseholdMatrix) -> None:
        self.matrix = matrix
        self.size = len(matrix)
        self.words = max(1, -(-self.size // _WORD_BITS))
        levels = np.arange(MAX_LEVEL + 1, dtype=np.int8)
        # able[d, l, h]: household h can meet level l in domain d.
        able = matrix.capacity_by_domain[:, None, :] >= levels[None, :, None]
        self.by_level = _pack(able, self.words)
        self._profiles: dict[tuple[int, str, int], int] = {}
        self._eligible: list[npt.NDArray[np.uint64]] = []
        self._no_distance = np.full(self.size, UNKNOWN_DISTANCE, dtype=np.int64)

    def profile(self, child: ChildNeeds) -> int:
        """The row of the child's hard-filter bitset (its own exclusions aside)."""
        key = (child.age_years, child.placement_type, child.sibling_group_size)
        row = self._profiles.get(key)
        if row is None:
            shared = dataclasses.replace(child, excluded_household_ids=frozenset())
            masks = exclusion_masks(
                shared,
                self.matrix,
                self._no_distance,
                placement_type=child.placement_type,
                max_distance_km=None,
                in_house_only=False,
            )
            passes = ~any_excluded(masks, self.size)
            row = len(self._eligible)
            self._eligible.append(_pack(passes, self.words))
            self._profiles[key] = row
        return row

    def eligible(self) -> npt.NDArray[np.uint64]:
        return np.stack(self._eligible) if self._eligible else np.zeros((0, self.words), np.uint64)

    def clear(self, bits: npt.NDArray[np.uint64], household_ids: frozenset[str]) -> None:
        """Remove households (the child's exclusions) from one bitset in place."""
        for household_id in household_ids:
            row = self.matrix.index.get(household_id)
            if row is not None:
                bits[row // _WORD_BITS] &= ~np.uint64(1 << (row % _WORD_BITS))


def _ranked(
    child: ChildNeeds, rows: npt.NDArray[np.intp], matrix: HouseholdMatrix, limit: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64]]:
    """The best `limit` of `rows` (all fully meeting), best first, and their distances in metres.

    The order is `rank_households`' order among households with no gap: nearest first (metres
    rounded exactly as `distances_m` does; unknown last), then `order_rank` (fee, then id).
    """
    if child.easting is not None and child.northing is not None:
        east = matrix.easting[rows] - child.easting
        east *= east
        north = matrix.northing[rows] - child.northing
        north *= north
        east += north
        np.sqrt(east, out=east)
        np.rint(east, out=east)
        unknown = np.isnan(east)
        east[unknown] = UNKNOWN_DISTANCE
        metres = east.astype(np.int64)
    else:
        unknown = np.ones(rows.size, dtype=np.bool_)
        metres = np.full(rows.size, UNKNOWN_DISTANCE, dtype=np.int64)
    rank_bits = max(len(matrix) - 1, 1).bit_length()
    farthest = (1 << (62 - rank_bits)) - 2
    distance_key = np.where(unknown, farthest + 1, np.minimum(metres, farthest))
    key = (distance_key << rank_bits) | matrix.order_rank[rows]
    chosen = np.argpartition(key, limit - 1)[:limit] if limit < rows.size else np.arange(rows.size)
    chosen = chosen[np.argsort(key[chosen])]
    return rows[chosen], metres[chosen]


def find_step_downs(
    children: Sequence[ChildNeeds],
    weekly_costs_pence: Sequence[int],
    matrix: HouseholdMatrix,
    *,
    limit: int = DEFAULT_LIMIT,
) -> StepDownResult:
    """Which children could be fully met by a household, the best `limit` households for each,
    and the annual saving against each child's current weekly cost (same order as `children`).

    Each child's `placement_type` is the type of approval sought (usually long-term fostering).
    """
    if len(weekly_costs_pence) != len(children):
        raise ValueError("give one weekly cost per child")
    if limit < 1:
        raise ValueError("limit must be at least 1")
    domains = matrix.domain_count
    if any(len(child.levels) != domains for child in children):
        raise ValueError(f"every child needs {domains} need levels")
    index = _Index(matrix)
    blocked: list[str] = []
    candidates: list[int] = []
    for position, child in enumerate(children):
        by_domain = {str(domain): level for domain, level in enumerate(child.levels)}
        if blocks_step_down(by_domain):
            blocked.append(child.child_id)
        else:
            candidates.append(position)

    profiles = np.array([index.profile(children[p]) for p in candidates], dtype=np.intp)
    eligible = index.eligible()
    levels = np.array([children[p].levels for p in candidates], dtype=np.intp).reshape(
        len(candidates), domains
    )
    proposals: list[StepDownProposal] = []
    no_household: list[str] = []
    for start in range(0, len(candidates), _BLOCK):
        stop = min(start + _BLOCK, len(candidates))
        bits = eligible[profiles[start:stop]]
        for domain in range(domains):
            needed = levels[start:stop, domain]
            if needed.any():
                bits &= index.by_level[domain][needed]
        for offset in range(stop - start):
            child = children[candidates[start + offset]]
            if child.excluded_household_ids:
                index.clear(bits[offset], child.excluded_household_ids)
        survives: npt.NDArray[np.bool_] = np.any(bits, axis=1)
        for offset in range(stop - start):
            position = candidates[start + offset]
            child = children[position]
            if not survives[offset]:
                no_household.append(child.child_id)
                continue
            rows = _unpack(bits[offset], index.size)
            best, metres = _ranked(child, rows, matrix, limit)
            cost = weekly_costs_pence[position]
            options = tuple(
                StepDownOption(
                    household_id=matrix.ids[row],
                    weekly_fee_pence=int(matrix.weekly_fee_pence[row]),
                    distance_km=None if metre == UNKNOWN_DISTANCE else metre / 1000,
                    annual_saving_pence=annual_saving_pence(
                        cost, int(matrix.weekly_fee_pence[row])
                    ),
                )
                for row, metre in zip(best.tolist(), metres.tolist(), strict=True)
            )
            proposals.append(StepDownProposal(child.child_id, cost, int(rows.size), options))
    return StepDownResult(
        proposals=tuple(proposals),
        blocked_by_very_high_need=tuple(blocked),
        no_household=tuple(no_household),
    )
