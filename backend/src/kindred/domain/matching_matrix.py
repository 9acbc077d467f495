"""What matching reads: a child's needs, and every household as one immutable NumPy matrix.

The matrix is built once from the carers' profiles and reused across requests (the service rebuilds
it when carers change), so a request never touches Python objects per household.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from kindred.domain.framework import MAX_LEVEL

MAX_DOMAINS = 255
"""Generous bound that keeps the vectorised arithmetic exact in 64-bit integers."""


class PlacementType(StrEnum):
    """Types a household may be approved for; a request asks for one of them."""

    EMERGENCY = "emergency"
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"
    RESPITE = "respite"
    PARENT_AND_CHILD = "parent_and_child"
    SIBLINGS = "siblings"
    KINSHIP = "kinship"


_TYPE_BITS: Mapping[str, int] = MappingProxyType(
    {member.value: 1 << position for position, member in enumerate(PlacementType)}
)


def placement_type_bits(types: Iterable[str]) -> int:
    """Bitmask of placement types, so approval checks are one AND per household."""
    mask = 0
    for value in types:
        if value not in _TYPE_BITS:
            raise ValueError(f"unknown placement type {value!r}")
        mask |= _TYPE_BITS[value]
    return mask


def _check_levels(name: str, levels: tuple[int, ...]) -> None:
    if not levels:
        raise ValueError(f"{name} must have at least one domain")
    if len(levels) > MAX_DOMAINS:
        raise ValueError(f"{name} has more than {MAX_DOMAINS} domains")
    for level in levels:
        if not 0 <= level <= MAX_LEVEL:
            raise ValueError(f"{name} levels must be 0..{MAX_LEVEL}, got {level}")


def _check_coordinates(easting: float | None, northing: float | None) -> None:
    for value in (easting, northing):
        if value is not None and not math.isfinite(value):
            raise ValueError("coordinates must be finite when given")


@dataclass(frozen=True, slots=True, kw_only=True)
class ChildNeeds:
    """A child (or a sibling group sharing one profile) to be matched.

    `levels` are need levels 0-4 in the framework's domain order. A sibling group of n is one
    `ChildNeeds` with `sibling_group_size=n`: it needs n vacancies in one household. `easting` and
    `northing` locate the child's home on the British National Grid (metres); either unknown
    leaves every distance unknown.
    """

    child_id: str
    age_years: int
    levels: tuple[int, ...]
    placement_type: str
    sibling_group_size: int = 1
    excluded_household_ids: frozenset[str] = frozenset()
    easting: float | None = None
    northing: float | None = None

    def __post_init__(self) -> None:
        _check_levels("need", self.levels)
        if self.age_years < 0:
            raise ValueError("age_years must not be negative")
        if self.sibling_group_size < 1:
            raise ValueError("sibling_group_size must be at least 1")
        placement_type_bits((self.placement_type,))
        _check_coordinates(self.easting, self.northing)

    @property
    def location_known(self) -> bool:
        return self.easting is not None and self.northing is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Household:
    """A fostering household: per-domain capacity 0-4 (the highest need it can meet) and terms."""

    household_id: str
    capacity: tuple[int, ...]
    age_min: int
    age_max: int
    approved_types: frozenset[str]
    vacancies: int
    in_house: bool
    weekly_fee_pence: int
    easting: float | None = None
    northing: float | None = None

    def __post_init__(self) -> None:
        _check_levels("capacity", self.capacity)
        if not 0 <= self.age_min <= self.age_max:
            raise ValueError("approved ages must satisfy 0 <= age_min <= age_max")
        if self.vacancies < 0:
            raise ValueError("vacancies must not be negative")
        if self.weekly_fee_pence < 0:
            raise ValueError("weekly_fee_pence must not be negative")
        placement_type_bits(self.approved_types)
        _check_coordinates(self.easting, self.northing)


_Scalar = TypeVar("_Scalar", bound=np.generic)


def _frozen(array: npt.NDArray[_Scalar]) -> npt.NDArray[_Scalar]:
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class HouseholdMatrix:
    """Every household as parallel read-only arrays (row h is `ids[h]`); build with `build()`.

    `capacity` is households x domains (int8); `capacity_by_domain` is its contiguous transpose,
    which makes per-domain scans fast. Unknown coordinates are NaN. `order_rank` is each household's
    position when sorted by (weekly fee, id): the ranking's last two tie-breaks folded into one
    unique integer, computed once here rather than on every request.
    """

    ids: tuple[str, ...]
    capacity: npt.NDArray[np.int8]
    capacity_by_domain: npt.NDArray[np.int8]
    age_min: npt.NDArray[np.int32]
    age_max: npt.NDArray[np.int32]
    vacancies: npt.NDArray[np.int32]
    weekly_fee_pence: npt.NDArray[np.int64]
    in_house: npt.NDArray[np.bool_]
    easting: npt.NDArray[np.float64]
    northing: npt.NDArray[np.float64]
    type_mask: npt.NDArray[np.int64]
    order_rank: npt.NDArray[np.int64]
    index: Mapping[str, int]

    @classmethod
    def build(
        cls, households: Sequence[Household], *, domain_count: int | None = None
    ) -> HouseholdMatrix:
        """Validate and pack households; `domain_count` is required only when there are none."""
        if domain_count is None:
            if not households:
                raise ValueError("domain_count is required for an empty matrix")
            domain_count = len(households[0].capacity)
        if not 1 <= domain_count <= MAX_DOMAINS:
            raise ValueError(f"domain_count must be 1..{MAX_DOMAINS}")
        ids = tuple(h.household_id for h in households)
        index = {household_id: row for row, household_id in enumerate(ids)}
        if len(index) != len(ids):
            raise ValueError("household ids must be unique")
        if any(len(h.capacity) != domain_count for h in households):
            raise ValueError(f"every household needs {domain_count} capacity levels")

        size = len(households)
        capacity = np.array([h.capacity for h in households], dtype=np.int8).reshape(
            size, domain_count
        )
        fees = np.array([h.weekly_fee_pence for h in households], dtype=np.int64)
        by_fee_then_id = sorted(
            range(size), key=lambda row: (households[row].weekly_fee_pence, ids[row])
        )
        order_rank = np.empty(size, dtype=np.int64)
        order_rank[np.array(by_fee_then_id, dtype=np.int64)] = np.arange(size, dtype=np.int64)

        def coordinate(value: float | None) -> float:
            return math.nan if value is None else value

        return cls(
            ids=ids,
            capacity=_frozen(capacity),
            capacity_by_domain=_frozen(np.ascontiguousarray(capacity.T)),
            age_min=_frozen(np.array([h.age_min for h in households], dtype=np.int32)),
            age_max=_frozen(np.array([h.age_max for h in households], dtype=np.int32)),
            vacancies=_frozen(np.array([h.vacancies for h in households], dtype=np.int32)),
            weekly_fee_pence=_frozen(fees),
            in_house=_frozen(np.array([h.in_house for h in households], dtype=np.bool_)),
            easting=_frozen(
                np.array([coordinate(h.easting) for h in households], dtype=np.float64)
            ),
            northing=_frozen(
                np.array([coordinate(h.northing) for h in households], dtype=np.float64)
            ),
            type_mask=_frozen(
                np.array(
                    [placement_type_bits(h.approved_types) for h in households], dtype=np.int64
                )
            ),
            order_rank=_frozen(order_rank),
            index=MappingProxyType(index),
        )

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def domain_count(self) -> int:
        return int(self.capacity.shape[1])
