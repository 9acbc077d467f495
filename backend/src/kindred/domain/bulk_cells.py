"""Reading one cell of a bulk-load file as councils' spreadsheets really hold it.

A cell arrives as text (CSV) or as the spreadsheet's own value (XLSX: numbers, dates, booleans;
a formula cell arrives as its last computed value). Each parser returns the value or raises
`CellError` with a reason an administrator can act on; none guesses silently.
"""

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TypeVar

T = TypeVar("T")

Cell = str | int | float | bool | date | datetime | timedelta | None
"""What a table reader hands over for one cell."""
Parser = Callable[[Cell], T]
"""Reads a cell into a value or raises `CellError`."""

EXCEL_EPOCH = date(1899, 12, 30)
"""Day 0 of spreadsheet serial dates (the 1900 system, after its leap-year quirk)."""
SERIAL_DATES = range(1, 2_958_466)  # 1900-01-01 … 9999-12-31
MAX_PENCE = 100_000_000_000  # £1bn: anything larger is a mistake, not a fee

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"[\t\r\n]")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+)?")
_NAMED_MONTH = ("%d %b %Y", "%d %B %Y", "%d-%b-%Y", "%d-%b-%y")
_MONEY = re.compile(r"(?:£|GBP)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?")
_LIST_SEPARATORS = re.compile(r"\s*[;,|\n]\s*")


class CellError(ValueError):
    """A cell that cannot be read; the message is the reason shown to the administrator."""


def is_blank(cell: Cell) -> bool:
    if cell is None or cell == "":
        return True
    return type(cell) is str and not cell.strip()


def text(cell: Cell, *, max_length: int, multiline: bool = False) -> str:
    """Trimmed text; numbers typed into a text column read as typed (1001, not 1001.0)."""
    if isinstance(cell, bool):
        value = "TRUE" if cell else "FALSE"
    elif isinstance(cell, float) and cell.is_integer():
        value = str(int(cell))
    elif isinstance(cell, datetime | date):
        value = cell.strftime("%d/%m/%Y")
    else:
        value = "" if cell is None else str(cell)
    value = value.strip()
    # isprintable() is False for any control character: the searches run only then.
    if not value.isprintable() and (
        _CONTROL.search(value) or (not multiline and _LINE_BREAKS.search(value))
    ):
        raise CellError("contains control characters (such as tabs or line breaks); remove them")
    if value.startswith("="):
        raise CellError("looks like a spreadsheet formula (starts with =); enter the value itself")
    if len(value) > max_length:
        raise CellError(f"is {len(value):,} characters long; at most {max_length} fit")
    return value


def whole_number(cell: Cell, *, low: int, high: int) -> int:
    """An integer in [low, high]; `3`, `3.0` and ` 3 ` all read as 3."""
    if type(cell) is str and cell.isdigit():
        value = int(cell)  # the usual case, without Decimal
        if not low <= value <= high:
            raise CellError(f"{value} is outside {low}–{high}")
        return value
    number: Decimal | None = None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        number = Decimal(str(cell))
    elif isinstance(cell, str):
        try:
            number = Decimal(cell.strip().replace(",", ""))
        except InvalidOperation:
            number = None
    if number is None or not number.is_finite() or number != number.to_integral_value():
        raise CellError(f"{_shown(cell)} is not a whole number")
    value = int(number)
    if not low <= value <= high:
        raise CellError(f"{value} is outside {low}–{high}")
    return value


def _from_serial(serial: Decimal) -> date:
    if serial != serial.to_integral_value() or int(serial) not in SERIAL_DATES:
        raise CellError(f"{serial} is not a spreadsheet date number")
    return EXCEL_EPOCH + timedelta(days=int(serial))


def day(cell: Cell) -> date:
    """A date: a spreadsheet date, a serial number (44927), dd/mm/yyyy (UK order), yyyy-mm-dd
    or 1 Feb 2023. Two-digit years with slashes are refused: 01/02/23 could be 1923."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _from_serial(Decimal(str(cell)))
    value = cell.strip() if isinstance(cell, str) else ""
    try:
        if value.replace(".", "", 1).isdigit():
            return _from_serial(Decimal(value))
        if found := _ISO.fullmatch(value):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if found := _DAY_FIRST.fullmatch(value):
            return date(int(found[3]), int(found[2]), int(found[1]))
        for pattern in _NAMED_MONTH:
            try:
                return datetime.strptime(value, pattern).date()
            except ValueError:
                continue
    except ValueError:
        raise CellError(f"{_shown(cell)} is not a real date") from None
    raise CellError(f"{_shown(cell)} is not a date; write it as dd/mm/yyyy")


def pence(cell: Cell) -> int:
    """An amount of money in pence: `1234.5`, `£1,234.50`, `GBP 1234`; never negative."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        amount = Decimal(str(cell))
    else:
        value = cell.strip() if isinstance(cell, str) else ""
        found = _MONEY.fullmatch(value)
        if found is None:
            raise CellError(f"{_shown(cell)} is not an amount of money, like 1234.50")
        amount = Decimal(found[1].replace(",", "") + "." + (found[2] or "0"))
    if not amount.is_finite() or amount < 0:
        raise CellError(f"{_shown(cell)} is not an amount of money of 0 or more")
    scaled = amount * 100
    if scaled != scaled.to_integral_value():
        raise CellError(f"{_shown(cell)} has fractions of a penny")
    if scaled > MAX_PENCE:
        raise CellError(f"{_shown(cell)} is too large to be one amount")
    return int(scaled)


def choice(cell: Cell, options: Mapping[str, T], *, what: str) -> T:
    """One of a closed set, matched without regard to case, spaces, hyphens or underscores."""
    if type(cell) is str and cell in options:
        return options[cell]  # exactly as the option is written: the usual case
    key = normal_name(text(cell, max_length=80))
    if key not in options:
        raise CellError(f"{_shown(cell)} is not a {what}; use one of {_listed(options)}")
    return options[key]


def choices(cell: Cell, options: Mapping[str, T], *, what: str) -> list[T]:
    """Several of a closed set, separated by `;`, `,`, `|` or line breaks; each once."""
    found: list[T] = []
    for part in _LIST_SEPARATORS.split(text(cell, max_length=400, multiline=True)):
        if part:
            value = choice(part, options, what=what)
            if value not in found:
                found.append(value)
    return found


def items(cell: Cell, *, max_items: int, max_length: int) -> list[str]:
    """Free words separated by `;`, `,`, `|` or line breaks (languages, for instance)."""
    parts = [p for p in _LIST_SEPARATORS.split(text(cell, max_length=800, multiline=True)) if p]
    if len(parts) > max_items:
        raise CellError(f"lists {len(parts)}; at most {max_items} fit")
    for part in parts:
        if len(part) > max_length:
            raise CellError(f"{part[:20]!r}… is longer than {max_length} characters")
    return list(dict.fromkeys(parts))


def normal_name(name: str) -> str:
    """A header or option as compared: lower case, words joined by single underscores."""
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


def _listed(options: Mapping[str, object]) -> str:
    shown = sorted({str(value) for value in options.values()})
    return ", ".join(shown[:12]) + ("…" if len(shown) > 12 else "")


def _shown(cell: Cell) -> str:
    shown = repr(cell.strip() if isinstance(cell, str) else cell)
    return shown if len(shown) <= 40 else shown[:37] + "…'"
