"""The value summary and edge of care (managers and commissioners), as JSON or CSV.

The weekly costs edge of care assumes are the `costs` module's, served by its router."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.modules.analytics.shared.responses import AUDIENCE, RESPONSES, as_requested
from kindred.modules.analytics.shared.schemas import CohortFilters
from kindred.modules.analytics.value import service
from kindred.modules.analytics.value.schemas import EdgeOfCareRead, ValueSummaryRead

router = APIRouter(prefix="/analytics", tags=["analytics"])

LIKELY_TYPE = (
    "Each assessed child is costed at the weekly cost of the placement type they would likely "
    "need: a children's home (K2) for a child with a need at level 4 in any domain (step-down "
    "never proposes a family for them), otherwise foster care (U4). "
)


@router.get(
    "/value-summary",
    summary="The value overview: spend, need and step-down savings",
    description="One call for the overview page. Children in care: how many, how many with an "
    "approved assessment and with weekly costs running today; the total weekly spend (weekly "
    "amounts running today) and that × 52 a year; the mean latest weighted needs score; the "
    "cost per need point as need vs spend computes it (total weekly cost / total score of the "
    "children with both); children on the edge of care; and market analytics' step-down "
    "savings summed (long-term approval, indicative costs, the whole council). "
    + AUDIENCE.split(" Filter by")[0]
    + " `format=csv` downloads it as figure, value rows (audited as an export).",
    response_model=ValueSummaryRead,
    responses=RESPONSES,
)
async def value_summary(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    on: Today,
    db: DbSession,
    format: Annotated[Literal["json", "csv"], Query(description="csv: a download.")] = "json",
) -> Any:
    result = await service.value_summary(db, actor, today=on, export=format == "csv")
    return as_requested(result, format, service.value_summary_csv, "value-summary", on)


@router.get(
    "/edge-of-care",
    summary="Edge of care: needs, and what one month's delay of entry to care is worth",
    description="Children with care status edge of care: their latest approved weighted needs "
    "scores, profiled as cohort comparisons profile children in care, and a cost-avoidance "
    "estimate. " + LIKELY_TYPE + "Per likely type: children, the council's weekly cost "
    "(`basis` council when an admin has set it, otherwise the indicative default) and one "
    "month of it for those children (weekly × 52 / 12, integer pence, half up); and the total: "
    "what delaying the assessed cohort's entry to care by one month avoids. Children with no "
    "approved assessment are counted but not costed. " + AUDIENCE,
    response_model=EdgeOfCareRead,
    responses=RESPONSES,
)
async def edge_of_care(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    on: Today,
    db: DbSession,
    filters: Annotated[CohortFilters, Query()],
) -> Any:
    result = await service.edge_of_care(db, actor, filters, today=on)
    return as_requested(result, filters.format, service.edge_of_care_csv, "edge-of-care", on)
