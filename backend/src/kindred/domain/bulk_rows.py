"""The shared rules of every bulk load: columns matched by name, rows checked one by one, every
problem reported with its line, column and reason, and each natural key at most once per file.

Each kind (households, placement costs, needs profiles) supplies its columns and a row checker;
this module does the rest, so the three kinds behave alike.
"""

import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from kindred.domain.bulk_cells import Cell, CellError, is_blank, normal_name

Record = TypeVar("Record")
T = TypeVar("T")

HEADER_LINE = 1


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a kind's file, as its template explains it."""

    name: str
    meaning: str
    example: str
    required: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem with the file: its line (1 is the header), the column if one, and why."""

    line: int
    column: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class Table:
    """A file as read: the header's cells and each data row with its line in the file."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """Where each known column is, and what was wrong with the header (nothing loads then)."""

    positions: Mapping[str, int]
    errors: tuple[RowError, ...]
    ignored: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CheckedFile(Generic[Record]):
    """Every row's outcome: the records to load (with their lines) and every problem."""

    records: list[tuple[int, Record]]
    errors: list[RowError]
    rows: int
    present: frozenset[str] = field(default_factory=frozenset)
    """The kind's columns the file has: only those are written over what is held."""
    ignored: tuple[str, ...] = ()
    """Headers that are no column of the kind (and not a misspelling of one)."""

    @property
    def header_rejected(self) -> bool:
        return any(error.line == HEADER_LINE for error in self.errors)


class RowProblems:
    """Collects one row's cell errors so that a row reports every bad cell at once."""

    def __init__(self, line: int, cells: Mapping[str, Cell]) -> None:
        self.line = line
        self.cells = cells
        self.errors: list[RowError] = []

    def read(self, column: str, parse: Callable[[Cell], T], default: T) -> T:
        """`parse` of the column's cell; `default` when it is empty or the column absent."""
        cell = self.cells.get(column)
        if is_blank(cell):
            return default
        try:
            return parse(cell)
        except CellError as error:
            self.add(column, f"{error}")
            return default

    def need(self, column: str, parse: Callable[[Cell], T], default: T) -> T:
        """Like `read`, but an empty cell is an error."""
        if is_blank(self.cells.get(column)):
            self.add(column, "is empty; it is required")
            return default
        return self.read(column, parse, default)

    def add(self, column: str | None, reason: str) -> None:
        self.errors.append(RowError(self.line, column, reason))


def match_header(header: Sequence[Cell], columns: Sequence[Column]) -> HeaderMatch:
    """Match the file's headers to the kind's columns by name (any case or spacing, or an
    alias). Unknown headers close to a column's name are misspellings and refuse the file;
    others are ignored; a missing required column or a column given twice refuses it."""
    known = {normal_name(alias): c.name for c in columns for alias in (c.name, *c.aliases)}
    positions: dict[str, int] = {}
    errors: list[RowError] = []
    ignored: list[str] = []
    misspelt: set[str] = set()
    for position, cell in enumerate(header):
        label = "" if cell is None else str(cell).strip()
        if not label:
            continue
        name = known.get(normal_name(label))
        if name is None:
            close = difflib.get_close_matches(normal_name(label), list(known), n=1, cutoff=0.8)
            if close:
                suggestion = known[close[0]]
                misspelt.add(suggestion)
                errors.append(RowError(HEADER_LINE, label, f"is not a column; is it {suggestion}?"))
            else:
                ignored.append(label)
        elif name in positions:
            errors.append(RowError(HEADER_LINE, label, f"is the column {name} a second time"))
        else:
            positions[name] = position
    errors += [
        RowError(HEADER_LINE, column.name, "is a required column and the file has none")
        for column in columns
        if column.required and column.name not in positions and column.name not in misspelt
    ]
    return HeaderMatch(positions, tuple(errors), tuple(ignored))


RowChecker = Callable[[RowProblems], Record | None]
"""Reads one row through a `RowProblems`; returns the record, or None when it found errors."""


def check_table(
    table: Table,
    columns: Sequence[Column],
    check_row: RowChecker[Record],
    key: Callable[[Record], tuple[object, ...]],
    key_label: str,
) -> CheckedFile[Record]:
    """Check every row of the file; blank rows are skipped; a natural key given twice is an
    error on its second line (which of the two is right cannot be known)."""
    match = match_header(table.header, columns)
    data_rows = [(line, cells) for line, cells in table.rows if not all(map(is_blank, cells))]
    if match.errors:
        return CheckedFile(
            [], list(match.errors), len(data_rows), frozenset(match.positions), match.ignored
        )
    records: list[tuple[int, Record]] = []
    errors: list[RowError] = []
    first_line: dict[tuple[object, ...], int] = {}
    for line, cells in data_rows:
        named = {name: cells[i] if i < len(cells) else None for name, i in match.positions.items()}
        problems = RowProblems(line, named)
        record = check_row(problems)
        if problems.errors or record is None:
            errors += problems.errors
            continue
        natural = key(record)
        if natural in first_line:
            errors.append(
                RowError(line, None, f"repeats the {key_label} of line {first_line[natural]}")
            )
            continue
        first_line[natural] = line
        records.append((line, record))
    return CheckedFile(records, errors, len(data_rows), frozenset(match.positions), match.ignored)
