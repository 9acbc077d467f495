"""Text for spreadsheet cells that a spreadsheet can never run as a formula (CSV injection)."""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, LibreOffice or Sheets read a cell as a formula (OWASP's list)."""

_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def defused(text: str) -> str:
    """The text, with a `'` in front when it starts like a formula: it then reads as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def xml_safe(text: str) -> str:
    """The text without the control characters an XLSX (XML) file cannot hold."""
    return _XML_ILLEGAL.sub("", text)
