"""Cohort comparisons and needs over time (managers and commissioners), as JSON or CSV."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.modules.analytics.cohorts import service
from kindred.modules.analytics.cohorts.schemas import (
    CohortComparisonParams,
    CohortComparisonRead,
    NeedsOverTimeRead,
)
from kindred.modules.analytics.shared.responses import AUDIENCE, RESPONSES, as_requested
from kindred.modules.analytics.shared.schemas import CohortFilters

router = APIRouter(prefix="/analytics", tags=["analytics"])


@router.get(
    "/cohort-comparison",
    summary="Distributions of need by cohort",
    description="For children in care with an approved assessment: the distribution of their "
    "latest weighted needs score (count, mean, median, quartiles by linear interpolation, "
    "minimum and maximum) in each group of `group_by` (team, sex, age band, ethnicity or "
    "placement type; children with it not recorded form their own group), beside the whole "
    "cohort's, so a team that scores need differently is visible. " + AUDIENCE,
    response_model=CohortComparisonRead,
    responses=RESPONSES,
)
async def cohort_comparison(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    on: Today,
    db: DbSession,
    params: Annotated[CohortComparisonParams, Query()],
) -> Any:
    result = await service.cohort_comparison(db, actor, params, today=on)
    return as_requested(
        result, params.format, service.cohort_comparison_csv, "cohort-comparison", on
    )


@router.get(
    "/needs-over-time",
    summary="Average need per domain per quarter",
    description="For children in care (as they are today, filtered): per calendar quarter, "
    "each child's last approved assessment in it (dated by its assessment date, else its "
    "approval), and per domain of the current framework the children with a level and their "
    "average need level (0–4). Quarters without an approved assessment are left out. " + AUDIENCE,
    response_model=NeedsOverTimeRead,
    responses=RESPONSES,
)
async def needs_over_time(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    on: Today,
    db: DbSession,
    filters: Annotated[CohortFilters, Query()],
) -> Any:
    result = await service.needs_over_time(db, actor, filters, today=on)
    return as_requested(result, filters.format, service.needs_over_time_csv, "needs-over-time", on)
