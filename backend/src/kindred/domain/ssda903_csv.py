"""Reading the CSV files of an SSDA903 return as case systems and spreadsheets really write them.

Tolerated: a UTF-8 byte-order mark (or Windows-1252 text from an old spreadsheet), CRLF or LF
line ends, blank and comma-only lines anywhere (trailing ones above all), extra columns, and the
columns in any order: columns are matched by name, case- and space-insensitively. Each record
keeps the line it started on, so a report can point at it.
"""

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class FileProblem(Exception):
    """The file as a whole cannot be read (no header line, a required column missing)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Record:
    """One data row: the line it starts on and its cells by (normalised) column name."""

    line: int
    cells: dict[str, str]

    def get(self, column: str) -> str | None:
        """The trimmed cell, or None when the column is absent or the cell is empty."""
        value = self.cells.get(column, "").strip()
        return value or None


def decode(content: bytes) -> str:
    """Text from a file's bytes: UTF-8 (with or without a BOM), else Windows-1252."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _rows(reader: Any) -> Iterator[list[str]]:
    """The reader's rows; a line it cannot read at all (a runaway quote, a huge field) is a
    problem with the file from that line on."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise FileProblem(reader.line_num, f"The file cannot be read from line "
                              f"{reader.line_num}: {error}.") from None  # fmt: skip
        yield row


def _column_name(raw: str) -> str:
    return re.sub(r"\s+", "", raw.replace("\ufeff", "")).upper()


def read_records(
    content: bytes, *, required: Sequence[str], known: Sequence[str]
) -> Iterator[Record]:
    """Every non-blank data row, with cells named by column; raises FileProblem first if a
    required column is missing or named twice. Unknown columns are ignored."""
    reader = csv.reader(io.StringIO(decode(content), newline=""))
    columns: list[str] | None = None
    start = 1
    for row in _rows(reader):
        if not any(cell.strip() for cell in row):
            start = reader.line_num + 1
            continue
        if columns is None:
            columns = [_column_name(cell) for cell in row]
            _check_columns(columns, required, known, start)
        else:
            yield Record(start, dict(zip(columns, row, strict=False)))
        start = reader.line_num + 1
    if columns is None:
        raise FileProblem(1, "The file is empty: expected a header line naming the columns.")


def _check_columns(
    columns: list[str], required: Sequence[str], known: Sequence[str], line: int
) -> None:
    named = [column for column in columns if column]
    twice = sorted({column for column in named if named.count(column) > 1 and column in known})
    if twice:
        raise FileProblem(line, f"Columns named more than once: {', '.join(twice)}.")
    missing = [column for column in required if column not in columns]
    if missing:
        raise FileProblem(
            line,
            f"Missing column(s) {', '.join(missing)}; the header line names "
            f"{', '.join(named) or 'nothing'}.",
        )


def parse_date(text: str) -> date | None:
    """A dd/mm/yyyy date (one-digit day or month allowed), or None when it is not one."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None
