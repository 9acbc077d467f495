"""The rules every bulk load shares: headers matched by name, rows checked, keys once."""

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain import bulk_cells as cells
from kindred.domain.bulk_rows import Column, RowError, RowProblems, Table, check_table, match_header

COLUMNS = (
    Column("reference", "", "", required=True),
    Column("places", "", "", required=True, aliases=("number of places",)),
    Column("notes", "", ""),
)


def _row(row: RowProblems) -> tuple[str, int] | None:
    reference = row.need("reference", lambda c: cells.text(c, max_length=10), "")
    places = row.need("places", lambda c: cells.whole_number(c, low=1, high=6), 1)
    return None if row.errors else (reference, places)


def _check(header: tuple[str, ...], *rows: tuple[str, ...]) -> tuple[list[object], list[RowError]]:
    table = Table(header, tuple(enumerate(rows, start=2)))
    checked = check_table(table, COLUMNS, _row, key=lambda r: (r[0],), key_label="reference")
    return [record for _, record in checked.records], checked.errors


def test_headers_match_in_any_case_order_or_by_alias_and_unknown_ones_are_ignored() -> None:
    match = match_header([" Number of Places ", "REFERENCE", "Social worker"], COLUMNS)
    assert dict(match.positions) == {"places": 0, "reference": 1}
    assert (match.errors, match.ignored) == ((), ("Social worker",))


def test_a_misspelt_or_doubled_header_refuses_the_file_naming_the_column() -> None:
    records, errors = _check(("Refrence", "places", "Places"), ("A", "1", "2"))
    assert records == []
    assert errors == [
        RowError(1, "Refrence", "is not a column; is it reference?"),
        RowError(1, "Places", "is the column places a second time"),
    ]


def test_blank_rows_are_skipped_and_every_bad_cell_of_a_row_is_reported() -> None:
    records, errors = _check(
        ("reference", "places"), ("A", "2"), ("", " "), ("", "9"), ("B",), ("A", "3")
    )
    assert records == [("A", 2)]
    assert errors == [
        RowError(4, "reference", "is empty; it is required"),
        RowError(4, "places", "9 is outside 1–6"),
        RowError(5, "places", "is empty; it is required"),
        RowError(6, None, "repeats the reference of line 2"),
    ]


@given(st.lists(st.sampled_from(["A", "B", "C", ""]), max_size=30))
def test_every_row_is_either_loaded_or_reported_never_dropped(references: list[str]) -> None:
    rows = [(reference, "1") for reference in references]
    records, errors = _check(("reference", "places"), *rows)
    reported = {error.line for error in errors}
    assert len(records) + len(reported) == sum(1 for r in references if r) + references.count("")
    assert len(records) == len({r for r in references if r})
