"""Value analytics: need vs spend (managers and commissioners), as JSON or a CSV download."""

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, InvalidInput, NotAuthenticated, problem_responses
from kindred.modules.value_analytics import service
from kindred.modules.value_analytics.schemas import NeedVsSpendFilters, NeedVsSpendRead

router = APIRouter(prefix="/analytics", tags=["analytics"])


def _lines(table: service.CsvTable) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in (table.header, *table.rows):
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate(0)


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
    responses={
        200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with format=csv."},
        **problem_responses(NotAuthenticated, Forbidden, InvalidInput),
    },
)
async def need_vs_spend(
    actor: Annotated[Actor, require(Action.read_value_analytics)],
    db: DbSession,
    filters: Annotated[NeedVsSpendFilters, Query()],
) -> Any:
    today = datetime.now(UTC).date()
    export = filters.format == "csv"
    result = await service.need_vs_spend_for(db, actor, filters, today=today, export=export)
    if not export:
        return result
    return StreamingResponse(
        _lines(service.as_csv_table(result)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="need-vs-spend-{today}.csv"'},
    )
