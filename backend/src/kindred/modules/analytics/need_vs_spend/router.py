"""Need vs spend (managers and commissioners), as JSON or a streamed CSV download."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.modules.analytics.need_vs_spend import service
from kindred.modules.analytics.need_vs_spend.schemas import NeedVsSpendRead
from kindred.modules.analytics.shared.responses import RESPONSES, as_requested
from kindred.modules.analytics.shared.schemas import CohortFilters

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
    on: Today,
    db: DbSession,
    filters: Annotated[CohortFilters, Query()],
) -> Any:
    export = filters.format == "csv"
    result = await service.need_vs_spend_for(db, actor, filters, today=on, export=export)
    return as_requested(result, filters.format, service.as_csv_table, "need-vs-spend", on)
