"""Placement episodes: the rules that do not need a database.

An episode runs from its start date up to its end date (SSDA903 DECOM and DEC): the next episode
of a child may start on the day the previous one ended, so as ranges they are half-open,
[start, end), and an episode with no end date is current. Two episodes of one child clash when
those ranges share a day.
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from kindred.domain.matching import METRES_PER_MILE

STATUTORY_DISTANCE_MILES = 20
"""Placements more than 20 miles from home are a statutory indicator (SSDA903)."""

REASON_NEW_EPISODE = MappingProxyType(
    {
        "S": "Started to be looked after",
        "P": "Change of placement (but not legal status)",
        "L": "Change of legal status (but not placement)",
        "T": "Change of both legal status and placement at the same time",
        "U": "Change of placement and legal status at the same time (placed for adoption)",
        "B": "Change of placement and legal status to placed for adoption",
    }
)
"""SSDA903 RNE."""

REASON_EPISODE_CEASED = MappingProxyType(
    {
        "E11": "Adopted: application for an adoption order unopposed",
        "E12": "Adopted: consent dispensed with by the court",
        "E13": "Left care to live with parent(s) or relative(s): not under a care order",
        "E14": "Accommodation on remand ended",
        "E15": "Age assessment determined child is aged 18 or over",
        "E16": "Child moved abroad",
        "E17": "Aged 18 (or over) and remained with current carers (staying put)",
        "E2": "Died",
        "E3": "Care taken over by another local authority in the UK",
        "E41": "Residence order (or child arrangements order) granted",
        "E45": "Special guardianship order made to former foster carer(s)",
        "E46": "Special guardianship order made to carer(s) other than former foster carer(s)",
        "E47": "Special guardianship order made to a relative or friend, was foster carer",
        "E48": "Special guardianship order made to a relative or friend, not foster carer",
        "E4A": "Returned home to live with parent(s) or relative(s): planned",
        "E4B": "Returned home to live with parent(s) or relative(s): not planned",
        "E5": "Moved into independent living arrangement (with support)",
        "E6": "Sentenced to custody",
        "E7": "Moved into independent living arrangement (without support)",
        "E8": "Ceased for any other reason (returns before 2016)",
        "E9": "Period of being looked after ceased for any other reason",
        "X1": "Episode ceases, and new episode begins on same day, for any reason",
    }
)
"""SSDA903 REC."""

CATEGORY_OF_NEED = MappingProxyType(
    {
        "N1": "Abuse or neglect",
        "N2": "Child's disability",
        "N3": "Parental illness or disability",
        "N4": "Family in acute stress",
        "N5": "Family dysfunction",
        "N6": "Socially unacceptable behaviour",
        "N7": "Low income",
        "N8": "Absent parenting",
    }
)
"""SSDA903 CIN."""


class Precision(StrEnum):
    """How exactly a postcode placed a point: a full postcode, a sector centroid, or not at all."""

    postcode = "postcode"
    sector = "sector"
    unknown = "unknown"


@dataclass(frozen=True, slots=True)
class Place:
    """A point on the British National Grid (metres)."""

    easting: float
    northing: float


@dataclass(frozen=True, slots=True)
class Distance:
    metres: int
    km: float
    miles: float
    over_20_miles: bool


def distance_between(home: Place | None, placement: Place | None) -> Distance | None:
    """Straight-line distance from home to the placement, or None when either is unknown."""
    if home is None or placement is None:
        return None
    metres = round(math.hypot(home.easting - placement.easting, home.northing - placement.northing))
    return distance_of(metres)


def distance_of(metres: int) -> Distance:
    """A distance in metres in km and miles (2 decimals), and whether it is over 20 miles."""
    return Distance(
        metres=metres,
        km=round(metres / 1000, 2),
        miles=round(metres / METRES_PER_MILE, 2),
        over_20_miles=metres > STATUTORY_DISTANCE_MILES * METRES_PER_MILE,
    )


@dataclass(frozen=True, slots=True)
class Span:
    """An episode's days, [start, end); `end` None means still running."""

    start: date
    end: date | None


def overlaps(a: Span, b: Span) -> bool:
    """Whether two episodes share a day (an empty episode, start == end, shares none)."""
    if a.end is not None and a.end <= a.start:
        return False
    if b.end is not None and b.end <= b.start:
        return False
    a_before_b = a.end is not None and a.end <= b.start
    b_before_a = b.end is not None and b.end <= a.start
    return not (a_before_b or b_before_a)


SpanT = TypeVar("SpanT", bound=Span)


def first_clash(candidate: Span, others: Iterable[SpanT]) -> SpanT | None:
    """The earliest episode among `others` that shares a day with `candidate`."""
    clashing = [other for other in others if overlaps(candidate, other)]
    return min(clashing, key=lambda span: span.start) if clashing else None


def clashing_pairs(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """(i, j) with i before j in start order for every pair of episodes sharing a day.

    Sorted by start, an episode can only clash with later ones starting before it ends, so
    this stops early per episode: fast for long histories.
    """
    order = sorted(range(len(spans)), key=lambda index: spans[index].start)
    pairs: list[tuple[int, int]] = []
    for position, i in enumerate(order):
        for j in order[position + 1 :]:
            end = spans[i].end
            if end is not None and spans[j].start >= end:
                break
            if overlaps(spans[i], spans[j]):
                pairs.append((i, j))
    return pairs


def is_running(span: Span, today: date) -> bool:
    """Whether the episode runs on `today`: started, and not yet ended."""
    return span.start <= today and (span.end is None or span.end > today)


def current_episode(spans: Sequence[SpanT], today: date) -> SpanT | None:
    """The episode running on `today`, if any (the latest started, should several be)."""
    running = [span for span in spans if is_running(span, today)]
    return max(running, key=lambda span: span.start) if running else None
