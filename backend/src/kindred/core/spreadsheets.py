"""Tabular downloads in one place: streamed CSV (with a BOM, for Excel) and XLSX.

A `Sheet`'s rows arrive one at a time (from a server-side cursor, for big caseloads) and are
written as they come: CSV in chunks straight to the response, XLSX by openpyxl's write-only
mode into a temporary file that is then sent in chunks. Every text cell goes through the
formula guard in `domain.spreadsheet_cells`.
"""

import csv
import io
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import IO, Any

from fastapi.responses import StreamingResponse
from openpyxl import Workbook

from kindred.domain.spreadsheet_cells import defused, xml_safe

Cell = str | int | float | Decimal | bool | date | datetime | None
"""What an XLSX cell holds; numbers and dates keep their type, anything else becomes text."""
Rows = Iterable[Sequence[object]] | AsyncIterable[Sequence[object]]

CHUNK_BYTES = 64 * 1024
BOM = "\ufeff".encode()
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class SheetFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


MEDIA_TYPES = {SheetFormat.csv: "text/csv; charset=utf-8", SheetFormat.xlsx: XLSX_TYPE}
DOWNLOAD_RESPONSE: dict[str, Any] = {
    "content": {"text/csv": {}, XLSX_TYPE: {}},
    "description": "The table as a CSV or XLSX attachment.",
}


@dataclass(frozen=True, slots=True)
class Sheet:
    """A table to write: a header, rows in order, and its name as an XLSX sheet."""

    header: Sequence[str]
    rows: Rows
    name: str = "data"


async def _each(rows: Rows) -> AsyncIterator[Sequence[object]]:
    if isinstance(rows, AsyncIterable):
        async for row in rows:
            yield row
    else:
        for row in rows:
            yield row


def csv_text(value: object) -> str:
    """A cell as CSV text: empty for nothing, ISO dates, and text defused."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str):
        return defused(value)
    return str(value)


def xlsx_value(value: object) -> Cell:
    """A cell as XLSX holds it: instants in UTC without a zone, text defused and XML-safe."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    if value is None or isinstance(value, int | float | Decimal | date):
        return value
    return defused(xml_safe(str(value)))


async def csv_chunks(sheet: Sheet) -> AsyncIterator[bytes]:
    """The sheet as UTF-8 CSV with a BOM and CRLF line ends, in chunks of about 64 KB."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_text(name) for name in sheet.header])
    yield BOM
    async for row in _each(sheet.rows):
        writer.writerow([csv_text(value) for value in row])
        if buffer.tell() >= CHUNK_BYTES:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate(0)
    yield buffer.getvalue().encode()


async def write_xlsx(sheets: Sequence[Sheet], target: IO[bytes]) -> None:
    """Write the sheets as one XLSX workbook; rows go to disk as they come (write-only mode)."""
    workbook = Workbook(write_only=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(title=sheet.name[:31])
        worksheet.append([xlsx_value(name) for name in sheet.header])
        async for row in _each(sheet.rows):
            worksheet.append([xlsx_value(value) for value in row])
    workbook.save(target)


async def xlsx_chunks(sheet: Sheet) -> AsyncIterator[bytes]:
    """The sheet as an XLSX workbook, written to a temporary file and sent in chunks."""
    with tempfile.TemporaryFile() as file:
        await write_xlsx([sheet], file)
        file.seek(0)
        while chunk := file.read(CHUNK_BYTES):
            yield chunk


def chunks(sheet: Sheet, sheet_format: SheetFormat) -> AsyncIterator[bytes]:
    return csv_chunks(sheet) if sheet_format is SheetFormat.csv else xlsx_chunks(sheet)


def attachment(
    body: AsyncIterator[bytes], sheet_format: SheetFormat, stem: str, today: date
) -> StreamingResponse:
    """A streamed download named `stem-today.csv` (or `.xlsx`)."""
    return StreamingResponse(
        body,
        media_type=MEDIA_TYPES[sheet_format],
        headers={
            "Content-Disposition": f'attachment; filename="{stem}-{today}.{sheet_format.value}"'
        },
    )


def download(sheet: Sheet, sheet_format: SheetFormat, stem: str, today: date) -> StreamingResponse:
    """The sheet as a streamed CSV or XLSX attachment."""
    return attachment(chunks(sheet, sheet_format), sheet_format, stem, today)
