"""Turn an uploaded file into a `Table`: CSV through the csv module (`,` `;` or a tab, as the
header line uses, with or without a byte-order mark, CRLF or LF), XLSX through python-calamine
(the first sheet; formula cells give their last computed value, dates arrive as dates).

Which reader is used follows the file's content (an XLSX file is a ZIP archive), not its name.
"""

import csv
import io
from datetime import date, datetime, time, timedelta

from python_calamine import CalamineError, CalamineWorkbook

from kindred.core.errors import InvalidInput
from kindred.domain.bulk_cells import Cell
from kindred.domain.bulk_rows import Table

ZIP_SIGNATURE = b"PK\x03\x04"
DELIMITERS = ",;\t"


class UnreadableFile(InvalidInput):
    title = "The file cannot be read"


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheet programs on Windows save "CSV" in the Windows code page.
        return content.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator the header line uses most: headers seldom hold `,` `;` or tabs, while data
    rows often do (`£1,234.50`, `short term, long term`), which misleads csv.Sniffer."""
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_csv(content: bytes) -> Table:
    text = _decode(content)
    if "\x00" in text:
        raise UnreadableFile("The file holds NUL characters: it is not a CSV file.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        rows = list(reader)
    except csv.Error as error:
        raise UnreadableFile(
            f"The CSV file is malformed near line {reader.line_num}: {error}."
        ) from None
    if not rows:
        raise UnreadableFile("The file is empty.")
    # csv counts physical lines, and a quoted cell may span several; report the starting line.
    numbered: list[tuple[int, tuple[Cell, ...]]] = []
    line = 2
    for row in rows[1:]:
        numbered.append((line, tuple(row)))
        line += 1 + sum(cell.count("\n") for cell in row)
    return Table(tuple(rows[0]), tuple(numbered))


def _cell(value: object) -> Cell:
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, str | int | float | bool | date | datetime | timedelta) or value is None:
        return value
    return str(value)


def read_xlsx(content: bytes) -> Table:
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
        if not workbook.sheet_names:
            raise UnreadableFile("The workbook has no sheets.")
        rows = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except CalamineError as error:
        raise UnreadableFile(f"The spreadsheet cannot be read ({error}).") from None
    cells = [tuple(_cell(value) for value in row) for row in rows]
    if not cells:
        raise UnreadableFile("The first sheet is empty.")
    return Table(cells[0], tuple(enumerate(cells[1:], start=2)))


def read_table(content: bytes) -> Table:
    """The file's header and rows, whatever the format councils' systems saved it in."""
    if content.startswith(ZIP_SIGNATURE):
        return read_xlsx(content)
    return read_csv(content)
