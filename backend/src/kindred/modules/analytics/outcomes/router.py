"""Placement outcomes (managers and commissioners): stability and distance from home."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.modules.analytics.outcomes import service
from kindred.modules.analytics.outcomes.schemas import (
    DistanceFromHomeRead,
    StabilityParams,
    StabilityRead,
)
from kindred.modules.analytics.shared.responses import (
    AUDIENCE,
    RESPONSES,
    as_requested,
)
from kindred.modules.analytics.shared.schemas import CohortFilters

router = APIRouter(prefix="/analytics", tags=["analytics"])


@router.get(
    "/stability",
    summary="Placement moves per child per year, their reasons, by need",
    description="Children with a placement episode in the last `years` calendar years (this "
    "one included), whatever their care status now. A move is an episode that ended with a "
    "change of placement (its SSDA903 REASON_PLACE_CHANGE given), counted in the year it "
    "ended; a child counts once in each year one of their episodes runs (child-years). Per "
    "year and per band of the child's latest approved weighted needs score (not assessed "
    "first): child-years, moves and moves per child per year; and the moves per reason, "
    "most frequent first. " + AUDIENCE,
    response_model=StabilityRead,
    responses=RESPONSES,
)
async def stability(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    on: Today,
    db: DbSession,
    params: Annotated[StabilityParams, Query()],
) -> Any:
    result = await service.stability(db, actor, params, today=on)
    return as_requested(result, params.format, service.stability_csv, "stability", on)


@router.get(
    "/distance-from-home",
    summary="Children placed more than 20 miles from home",
    description="The current placements of children in care, per SSDA903 placement type and "
    "all together: how many are more than 20 miles from the child's home (a statutory "
    "indicator), within 20 miles, and at an unknown distance (a postcode that could not be "
    "placed); the share over 20 miles is of the known distances only. " + AUDIENCE,
    response_model=DistanceFromHomeRead,
    responses=RESPONSES,
)
async def distance_from_home(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    on: Today,
    db: DbSession,
    filters: Annotated[CohortFilters, Query()],
) -> Any:
    result = await service.distance_from_home(db, actor, filters, today=on)
    return as_requested(
        result, filters.format, service.distance_from_home_csv, "distance-from-home", on
    )
