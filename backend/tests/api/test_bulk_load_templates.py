"""Templates and the column guide: what an admin downloads to fill in."""

import io

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy.ext.asyncio import AsyncSession

from bulk_load_helpers import admin_of_new_council
from conftest import SignIn
from kindred.modules.bulk_loads.kinds import KINDS
from kindred.modules.bulk_loads.tables import read_table


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_each_kind_has_csv_and_xlsx_templates_with_every_column_explained(
    db: AsyncSession, sign_in_as: SignIn, kind: str
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)
    columns = [column.name for column in KINDS[kind].columns()]

    csv = await http.get("/api/v1/bulk-loads/template", params={"kind": kind, "format": "csv"})
    xlsx = await http.get("/api/v1/bulk-loads/template", params={"kind": kind, "format": "xlsx"})

    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.content.startswith("\ufeff".encode())
    assert list(read_table(csv.content).header) == columns
    assert f"kindred-{kind}-template.xlsx" in xlsx.headers["content-disposition"]
    assert list(read_table(xlsx.content).header) == columns
    guide = CalamineWorkbook.from_filelike(io.BytesIO(xlsx.content)).get_sheet_by_name("Columns")
    explained = guide.to_python()
    assert [row[0] for row in explained[1:]] == columns
    assert all(row[2] for row in explained[1:]), "every column has its meaning"
    listed = (await http.get("/api/v1/bulk-loads/kinds")).json()
    assert [c["name"] for c in next(k for k in listed if k["name"] == kind)["columns"]] == columns


async def test_an_unknown_kind_or_format_is_a_clear_422(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)

    response = await http.get(
        "/api/v1/bulk-loads/template", params={"kind": "pets", "format": "ods"}
    )

    assert response.status_code == 422
    assert {error["field"] for error in response.json()["errors"]} == {"query.kind", "query.format"}
