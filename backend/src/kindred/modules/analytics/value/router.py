"""The value summary, edge of care, and the weekly costs the edge-of-care estimate assumes."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, InvalidInput, NotAuthenticated, problem_responses
from kindred.modules.value_analytics import value
from kindred.modules.value_analytics.router_common import (
    AUDIENCE,
    RESPONSES,
    as_requested,
    today,
)
from kindred.modules.value_analytics.schemas import CohortFilters
from kindred.modules.value_analytics.value_schemas import (
    EdgeOfCareRead,
    ValueSummaryRead,
    WeeklyCostsRead,
    WeeklyCostsUpdate,
)

router = APIRouter()

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
    db: DbSession,
    format: Annotated[Literal["json", "csv"], Query(description="csv: a download.")] = "json",
) -> Any:
    on = today()
    result = await value.value_summary(db, actor, today=on, export=format == "csv")
    return as_requested(result, format, value.value_summary_csv, "value-summary", on)


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
    db: DbSession,
    filters: Annotated[CohortFilters, Query()],
) -> Any:
    on = today()
    result = await value.edge_of_care(db, actor, filters, today=on)
    return as_requested(result, filters.format, value.edge_of_care_csv, "edge-of-care", on)


@router.get(
    "/edge-of-care/weekly-costs",
    summary="The weekly cost of each placement type the estimates assume",
    description="Per SSDA903 placement type with a cost: the council's own average weekly cost "
    "where an admin has set one (`basis: council`), else the indicative default (`default`: "
    "fostering £500, secure children's home £6,250, children's home £4,500, residential care "
    "home £4,200, semi-independent living £1,200). Integer pence.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def weekly_costs(
    actor: Annotated[Actor, require(Action.read_cost_assumptions)], db: DbSession
) -> WeeklyCostsRead:
    return await value.weekly_costs(db, actor)


@router.put(
    "/edge-of-care/weekly-costs",
    summary="Set the council's weekly cost of each placement type",
    description="Council admins: replaces the council's own weekly costs with `costs` (each "
    "SSDA903 placement type at most once, 0 to £1,000,000 a week in pence); a type left out "
    "goes back to its default. Audited. Returns the costs now assumed.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def set_weekly_costs(
    body: WeeklyCostsUpdate,
    actor: Annotated[Actor, require(Action.manage_cost_assumptions)],
    db: DbSession,
) -> WeeklyCostsRead:
    return await value.set_weekly_costs(db, actor, body)
