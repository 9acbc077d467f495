"""Downloadable templates: the header row a kind's file needs, as CSV or as an XLSX workbook
whose second sheet explains every column. Kept in this one module so that the spreadsheet
writer can be swapped without touching anything else."""

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from kindred.domain.bulk_rows import Column

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_template(columns: tuple[Column, ...]) -> bytes:
    """The header row, with a byte-order mark so that spreadsheet programs read it as UTF-8."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerow(column.name for column in columns)
    return ("\ufeff" + out.getvalue()).encode()


def xlsx_template(sheet_name: str, columns: tuple[Column, ...]) -> bytes:
    """Sheet 1: the header row to fill in. Sheet 2: every column, required or not, explained."""
    workbook = Workbook()
    rows = workbook.active
    assert rows is not None
    rows.title = sheet_name[:31]
    rows.append([column.name for column in columns])
    for cell in rows[1]:
        cell.font = Font(bold=True)
    guide = workbook.create_sheet("Columns")
    guide.append(["column", "required", "meaning", "example", "also read from"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for column in columns:
        guide.append(
            [
                column.name,
                "yes" if column.required else "no",
                column.meaning,
                column.example,
                ", ".join(column.aliases),
            ]
        )
    guide.column_dimensions["A"].width = 36
    guide.column_dimensions["C"].width = 90
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
