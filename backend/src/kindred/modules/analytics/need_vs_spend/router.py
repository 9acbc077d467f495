"""Value analytics (managers and commissioners), each as JSON or a streamed CSV download.

Need vs spend, and how need is distributed across cohorts and over time; placement outcomes
and the value summary are mounted from their own routers.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.modules.value_analytics import cohorts, outcome_router, service, value_router
from kindred.modules.value_analytics.cohort_schemas import (
    CohortComparisonParams,
    CohortComparisonRead,
    NeedsOverTimeRead,
)
from kindred.modules.value_analytics.router_common import (
    AUDIENCE,
    RESPONSES,
    as_requested,
    today,
)
from kindred.modules.value_analytics.schemas import CohortFilters, NeedVsSpendRead

router = APIRouter(prefix="/analytics", tags=["analytics"])


@router.get(
    "/need-vs-spend",
    summary="Need vs spend",
    description="For children in care with an approved assessment and a weekly cost running "
    "today: each child's weighted needs score against their weekly cost, with Pearson's and "
    "Spearman's correlation and the cost per need point (total weekly cost / total score). "
    "Managers see the children they may see, named; commissioners the whole council without "
    "names or ids, and a cohort of 1–4 children is withheld (`suppressed`). Filter by "
    "placement type, team, age band and sex. `format=csv` downloads the same data (audited "
    "as an export).",
    response_model=NeedVsSpendRead,
    responses=RESPONSES,
)
async def need_vs_spend(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    db: DbSession,
    filters: Annotated[CohortFilters, Query()],
) -> Any:
    on = today()
    export = filters.format == "csv"
    result = await service.need_vs_spend_for(db, actor, filters, today=on, export=export)
    return as_requested(result, filters.format, service.as_csv_table, "need-vs-spend", on)


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
    db: DbSession,
    params: Annotated[CohortComparisonParams, Query()],
) -> Any:
    on = today()
    result = await cohorts.cohort_comparison(db, actor, params, today=on)
    return as_requested(
        result, params.format, cohorts.cohort_comparison_csv, "cohort-comparison", on
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
    db: DbSession,
    filters: Annotated[CohortFilters, Query()],
) -> Any:
    on = today()
    result = await cohorts.needs_over_time(db, actor, filters, today=on)
    return as_requested(result, filters.format, cohorts.needs_over_time_csv, "needs-over-time", on)


router.include_router(outcome_router.router)
router.include_router(value_router.router)
