"""The fostering market against children's needs: sufficiency and training gaps.

Sufficiency compares, per domain and level, how many children need at least that level with
how many households (and places) can meet it, showing a commissioner where the market falls
short. Training gaps ask, per domain: if every household one level short in that domain were
trained, how many children would gain a household that meets all their needs?
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from kindred.domain.framework import MAX_LEVEL
from kindred.domain.matching_matrix import ChildNeeds, HouseholdMatrix
from kindred.domain.matching_scores import any_excluded, distances_m, exclusion_masks


@dataclass(frozen=True, slots=True)
class SufficiencyCell:
    """One domain at one level: demand (children needing at least it) and supply."""

    domain: int
    level: int
    children: int
    households: int
    places: int
    vacancies: int


def sufficiency(
    needs: npt.NDArray[np.int8],
    capacity: npt.NDArray[np.int8],
    places: npt.NDArray[np.int32],
    vacancies: npt.NDArray[np.int32],
) -> tuple[SufficiencyCell, ...]:
    """Cells for every domain and level 1..4, in domain then level order.

    `needs` is children × domains, `capacity` households × domains (same domain order);
    `places` and `vacancies` are per household.
    """
    if needs.ndim != 2 or capacity.ndim != 2:
        raise ValueError("needs and capacity must be two-dimensional")
    domains = capacity.shape[1] if capacity.size else needs.shape[1]
    if needs.size and needs.shape[1] != domains:
        raise ValueError("needs and capacity must cover the same domains")
    cells = []
    for domain in range(domains):
        for level in range(1, MAX_LEVEL + 1):
            able = capacity[:, domain] >= level if capacity.size else np.zeros(0, dtype=np.bool_)
            cells.append(
                SufficiencyCell(
                    domain=domain,
                    level=level,
                    children=int((needs[:, domain] >= level).sum()) if needs.size else 0,
                    households=int(able.sum()),
                    places=int(places[able].sum()),
                    vacancies=int(vacancies[able].sum()),
                )
            )
    return tuple(cells)


@dataclass(frozen=True, slots=True)
class TrainingGap:
    """What training households in one domain would unlock."""

    domain: int
    children_gaining: int
    household_ids: tuple[str, ...]


def training_gaps(
    children: Sequence[ChildNeeds], matrix: HouseholdMatrix
) -> tuple[TrainingGap, ...]:
    """Per domain: children with no fully-meeting household now who would gain one if the
    households one level short in that domain alone were trained; and which households.

    Hard filters (ages, approved type, vacancies, exclusions) apply as in matching, so training
    a household the child could never be placed with does not count.
    """
    domains = matrix.domain_count
    gaining = np.zeros(domains, dtype=np.int64)
    trainable = np.zeros((domains, len(matrix)), dtype=np.bool_)
    capacity = matrix.capacity.astype(np.int16)
    for child in children:
        masks = exclusion_masks(
            child,
            matrix,
            distances_m(child, matrix),
            placement_type=child.placement_type,
            max_distance_km=None,
            in_house_only=False,
        )
        eligible = ~any_excluded(masks, len(matrix))
        gaps = np.asarray(child.levels, dtype=np.int16) - capacity
        short = (gaps > 0).sum(axis=1)
        if (eligible & (short == 0)).any():
            continue
        one_short = eligible & (short == 1)
        for domain in range(domains):
            candidates = one_short & (gaps[:, domain] == 1)
            if candidates.any():
                gaining[domain] += 1
                trainable[domain] |= candidates
    return tuple(
        TrainingGap(
            domain=domain,
            children_gaining=int(gaining[domain]),
            household_ids=tuple(
                sorted(matrix.ids[row] for row in np.flatnonzero(trainable[domain]))
            ),
        )
        for domain in range(domains)
    )
