"""Spreadsheet cells never start a formula: worked cases, then properties for any text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.spreadsheet_cells import FORMULA_STARTS, defused, xml_safe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 1234", "'+44 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Ava Smith", "Ava Smith"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_a_leading_formula_character_is_defused(text: str, expected: str) -> None:
    assert defused(text) == expected


def test_xml_safe_drops_only_control_characters() -> None:
    assert xml_safe("a\x00b\x07c\td\ne\rf") == "abc\td\ne\rf"


@given(st.text())
def test_no_defused_text_starts_a_formula(text: str) -> None:
    assert not defused(text).startswith(FORMULA_STARTS)


@given(st.text())
def test_defusing_only_ever_prefixes_and_keeps_the_text(text: str) -> None:
    result = defused(text)
    assert result in (text, "'" + text)
    assert (result == text) == (not text.startswith(FORMULA_STARTS))
