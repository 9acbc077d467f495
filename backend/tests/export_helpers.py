"""Reading downloads back as their users' spreadsheets would: CSV text, and XLSX through
calamine (a reader written independently of the writer)."""

import csv
import io
from typing import Any

import httpx
from python_calamine import CalamineWorkbook


def csv_rows(response: httpx.Response) -> list[list[str]]:
    """A CSV download's rows; it must start with a BOM (for Excel) and be UTF-8."""
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))


def xlsx_rows(content: bytes, sheet: int = 0) -> list[list[Any]]:
    """The rows of an XLSX workbook's sheet as calamine reads them."""
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return workbook.get_sheet_by_index(sheet).to_python(skip_empty_area=False)
