"""CSV downloads of value analytics: one table per chart, streamed a row at a time."""

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain

from fastapi.responses import StreamingResponse

CSV_RESPONSE = {"content": {"text/csv": {}}, "description": "JSON, or CSV with format=csv."}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class CsvTable:
    header: Sequence[str]
    rows: Iterable[Sequence[object]]


def cell(value: object) -> str:
    """Text for a CSV cell; a leading formula character is neutralised (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _lines(table: CsvTable) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in chain([table.header], table.rows):
        writer.writerow([cell(value) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate(0)


def csv_download(table: CsvTable, name: str, today: date) -> StreamingResponse:
    """The table as a streamed `text/csv` attachment named `name-today.csv`."""
    return StreamingResponse(
        _lines(table),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}-{today}.csv"'},
    )
