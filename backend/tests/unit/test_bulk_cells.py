"""Cells as councils' spreadsheets hold them: money, dates, numbers, choices and text."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain import bulk_cells as cells
from kindred.domain.bulk_cells import CellError


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("£1,234.50", 123_450),
        ("1234.5", 123_450),
        ("GBP 600", 60_000),
        (" 450 ", 45_000),
        ("4,850", 485_000),
        (612.5, 61_250),
        (0, 0),
        ("£0.01", 1),
        ("1,000,000.00", 100_000_000),
    ],
)
def test_amounts_of_money_are_read_exactly_in_pence(cell: cells.Cell, expected: int) -> None:
    assert cells.pence(cell) == expected


@pytest.mark.parametrize("cell", ["-12", "(12.00)", "12.345", "1,23.00", "twelve", "£", -1, 0.001])
def test_what_is_not_money_is_refused(cell: cells.Cell) -> None:
    with pytest.raises(CellError):
        cells.pence(cell)


@given(st.integers(min_value=0, max_value=cells.MAX_PENCE))
def test_money_written_as_a_spreadsheet_shows_it_reads_back(pence: int) -> None:
    shown = f"£{pence // 100:,}.{pence % 100:02d}"
    assert cells.pence(shown) == pence
    assert cells.pence(f"{pence / 100:.2f}") == pence


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("44927", date(2023, 1, 1)),
        (44927, date(2023, 1, 1)),
        (44927.0, date(2023, 1, 1)),
        ("01/02/2023", date(2023, 2, 1)),
        ("1/2/2023", date(2023, 2, 1)),
        ("01-02-2023", date(2023, 2, 1)),
        ("01.02.2023", date(2023, 2, 1)),
        ("2023-02-01", date(2023, 2, 1)),
        ("2023-02-01T00:00:00", date(2023, 2, 1)),
        ("1 Feb 2023", date(2023, 2, 1)),
        ("01-Feb-2023", date(2023, 2, 1)),
        (datetime(2023, 2, 1, 0, 0), date(2023, 2, 1)),
        (date(2023, 2, 1), date(2023, 2, 1)),
    ],
)
def test_dates_in_every_shape_spreadsheets_leave_them(cell: cells.Cell, expected: date) -> None:
    assert cells.day(cell) == expected


@pytest.mark.parametrize("cell", ["31/02/2023", "01/02/23", "2023-13-01", "44927.5", "soon", 0])
def test_impossible_or_ambiguous_dates_are_refused(cell: cells.Cell) -> None:
    with pytest.raises(CellError):
        cells.day(cell)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_a_date_reads_the_same_as_text_serial_or_iso(day: date) -> None:
    serial = (day - cells.EXCEL_EPOCH).days
    assert cells.day(day.strftime("%d/%m/%Y")) == day
    assert cells.day(str(serial)) == day
    assert cells.day(serial) == day
    assert cells.day(day.isoformat()) == day
    assert cells.EXCEL_EPOCH + timedelta(days=serial) == day


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ('=HYPERLINK("http://x")', "formula"),
        ("a\x00b", "control characters"),
        ("two\nlines", "control characters"),
        ("x" * 41, "at most 40"),
    ],
)
def test_text_that_cannot_be_stored_as_given_is_refused(cell: str, reason: str) -> None:
    with pytest.raises(CellError, match=reason):
        cells.text(cell, max_length=40)


def test_numbers_typed_into_text_columns_read_as_typed() -> None:
    assert cells.text(2002.0, max_length=10) == "2002"
    assert cells.text("  Robert'); DROP TABLE x;--  ", max_length=40) == "Robert'); DROP TABLE x;--"


def test_choices_ignore_case_spacing_and_separators() -> None:
    options = {"short_term": "short_term", "long_term": "long_term", "respite": "respite"}
    assert cells.choices("Short Term; long-term | respite, short term", options, what="t") == [
        "short_term",
        "long_term",
        "respite",
    ]
    with pytest.raises(CellError, match="'knitting' is not a t"):
        cells.choices("short term; knitting", options, what="t")


@given(st.integers(min_value=-1000, max_value=1000))
def test_whole_numbers_are_read_within_their_bounds(value: int) -> None:
    if 0 <= value <= 6:
        assert cells.whole_number(str(value), low=0, high=6) == value
        assert cells.whole_number(float(value), low=0, high=6) == value
    else:
        with pytest.raises(CellError):
            cells.whole_number(value, low=0, high=6)
