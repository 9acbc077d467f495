"""The names value analytics' CSV downloads were first written with, over `core.spreadsheets`.

Kept for code written against them before the shared writer existed; new code uses
`kindred.core.spreadsheets` directly.
"""

from datetime import date

from fastapi.responses import StreamingResponse

from kindred.core.spreadsheets import Sheet, SheetFormat, download
from kindred.modules.value_analytics.router_common import CSV_RESPONSE

__all__ = ["CSV_RESPONSE", "CsvTable", "csv_download"]
CsvTable = Sheet


def csv_download(table: Sheet, name: str, today: date) -> StreamingResponse:
    """The table as a streamed `text/csv` attachment named `name-today.csv`."""
    return download(table, SheetFormat.csv, name, today)
