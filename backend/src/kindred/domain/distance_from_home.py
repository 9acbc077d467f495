"""Placed far from home: more than 20 miles away is a statutory indicator (SSDA903)."""

from kindred.domain.matching import METRES_PER_MILE
from kindred.domain.placements import STATUTORY_DISTANCE_MILES

FAR_FROM_HOME_METRES = STATUTORY_DISTANCE_MILES * METRES_PER_MILE
"""A placement further than this from home (`distance_m >` it) counts as far from home."""


def far_from_home_share(far: int, near: int) -> float | None:
    """The share (0-1, 3 decimals) of placements with a known distance that are far from home;
    None when no distance is known. Unknown distances are left out, never counted as near."""
    if far < 0 or near < 0:
        raise ValueError("counts are not negative")
    known = far + near
    return round(far / known, 3) if known else None
