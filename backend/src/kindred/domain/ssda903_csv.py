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

_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?: 00:00(?::00)?)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters that no text file holds (tabs and line ends excepted)."""


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
            raise FileProblem(
                reader.line_num, f"The file cannot be read from line {reader.line_num}: {error}."
            ) from None
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
            if any(_BINARY.search(cell) for cell in row):
                raise FileProblem(
                    start,
                    "The header line naming the columns holds a control character (such as a "
                    "NUL byte), so its columns cannot be read; save the file again as CSV.",
                )
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


class DateProblem(Exception):
    """Why a cell is not a usable date, in words for the report."""


def parse_date(text: str) -> date:
    """A dd/mm/yyyy date (one-digit day or month allowed). Spreadsheets' mangling whose meaning
    is clear is accepted too: a midnight time after the date, or the ISO yyyy-mm-dd form."""
    value = text.strip()
    match = _DATE.match(value)
    iso = None if match else _ISO_DATE.match(value)
    if match:
        day, month, year = (int(part) for part in match.groups())
    elif iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        raise DateProblem("is not a date in dd/mm/yyyy form")
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem("is not a real date") from None


def printable(text: str) -> str:
    """Text safe to store and show: control characters (a NUL above all, which PostgreSQL
    cannot hold in text or JSON) written as `\\xNN`."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)
