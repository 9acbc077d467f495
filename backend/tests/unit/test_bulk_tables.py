"""Files as councils' systems save them, read into rows with the lines a spreadsheet shows."""

from datetime import date
from pathlib import Path

import pytest

from kindred.modules.bulk_loads.tables import UnreadableFile, read_table

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bulk_loads"


@pytest.mark.parametrize(
    "content",
    [
        "\ufeffref;fee;types\r\nA;£1,234.50;short term, long term\r\n".encode(),
        b"ref\tfee\ttypes\nA\t\xa31,234.50\tshort term, long term\n",  # Windows-1252 pound sign
        'ref,fee,types\r\nA,"£1,234.50","short term, long term"\r\n'.encode(),
    ],
)
def test_the_separator_is_the_one_the_header_uses_even_when_data_holds_others(
    content: bytes,
) -> None:
    table = read_table(content)
    assert table.header == ("ref", "fee", "types")
    assert table.rows == ((2, ("A", "£1,234.50", "short term, long term")),)


def test_a_quoted_cell_over_two_lines_keeps_the_lines_of_later_rows() -> None:
    table = read_table(b'ref,notes\r\nA,"one\r\ntwo"\r\n\r\nB,x\r\n')
    assert [line for line, _ in table.rows] == [2, 4, 5]


def test_an_xlsx_saved_by_libreoffice_gives_computed_formulas_and_dates() -> None:
    table = read_table((FIXTURES / "households_spreadsheet.xlsx").read_bytes())
    line, cells = table.rows[0]
    assert line == 2
    assert cells[table.header.index("weekly_fee")] == 450.0
    assert cells[table.header.index("capacity_from")] == date(2023, 2, 1)


@pytest.mark.parametrize("content", [b"PK\x03\x04broken", b"a\x00b"])
def test_what_is_not_a_readable_file_says_so(content: bytes) -> None:
    with pytest.raises(UnreadableFile):
        read_table(content)
