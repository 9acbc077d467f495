"""What every value analytics route shares: who sees what, the responses, today's date, and
the CSV download of a result."""

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from fastapi.responses import StreamingResponse

from kindred.core.errors import Forbidden, InvalidInput, NotAuthenticated, problem_responses
from kindred.core.spreadsheets import Sheet, SheetFormat, download

Result = TypeVar("Result")

AUDIENCE = (
    "Managers get the children they may see (their teams'); commissioners the whole council as "
    "aggregates only, never a child's name or id, with a count of 1–4 children withheld "
    "(`suppressed`) and, beside a shown total, the next smallest too, so it cannot be worked "
    "out by subtraction. Filter by placement type, team, age band and sex. `format=csv` "
    "downloads the same data as a table (audited as an export)."
)
CSV_RESPONSE = {"content": {"text/csv": {}}, "description": "JSON, or CSV with format=csv."}
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: CSV_RESPONSE,
    **problem_responses(NotAuthenticated, Forbidden, InvalidInput),
}


def as_requested(
    result: Result, requested: str, to_table: Callable[[Result], Sheet], name: str, on: date
) -> Result | StreamingResponse:
    """The result as JSON, or for `format=csv` its table as a download `name-on.csv`."""
    return result if requested == "json" else download(to_table(result), SheetFormat.csv, name, on)
