"""Bulk loads of fostering households from real-format files: preview, load, re-run."""

from datetime import date

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bulk_load_helpers import (
    admin_of_new_council,
    all_errors,
    fixture,
    load,
    preview,
    preview_and_load,
)
from conftest import SignIn
from kindred.models.audit import AuditEvent
from kindred.models.household import CapacityProfile, Household
from kindred.models.organisation import Organisation

CARER_SYSTEM = fixture("households_carer_system.csv")
BAD_ROW = (
    "FC-1009;The Bad household;;9;3;2;5;knitting;;;;-12;"
    + ";" * 12
    + '31/02/2023;;=HYPERLINK("http://evil.example")\r\n'
).encode()


async def _households(db: AsyncSession, council: Organisation) -> dict[str, Household]:
    query = select(Household).where(Household.tenant_id == council.id)
    rows = await db.scalars(query.execution_options(populate_existing=True))
    return {household.reference: household for household in rows}


async def _count(
    db: AsyncSession, model: type[CapacityProfile | AuditEvent], council: Organisation
) -> int:
    query = select(func.count()).select_from(model).where(model.tenant_id == council.id)
    if model is AuditEvent:
        query = query.where(AuditEvent.resource_type == "household")
    return int(await db.scalar(query) or 0)


async def test_a_carer_system_export_is_previewed_then_loaded_as_the_app_would_save_it(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)

    previewed = await preview(app, db, http, "households", "carers.csv", CARER_SYSTEM)

    assert previewed["status"] == "previewed"
    assert (previewed["rows_total"], previewed["errors_total"]) == (3, 0)
    assert previewed["preview"] == {"created": 3, "updated": 0, "unchanged": 0}
    assert previewed["ignored_columns"] == ["Supervising social worker"]
    assert await _households(db, council) == {}, "a preview writes nothing"

    loaded = await load(app, db, http, previewed["id"], valid_rows_only=False)

    assert loaded["status"] == "loaded"
    assert loaded["result"] == {"created": 3, "updated": 0, "unchanged": 0}
    held = await _households(db, council)
    okafor, bobby, unicode = held["FC-1001"], held["FC-1002"], held["FC-1003"]
    assert (okafor.weekly_fee_pence, okafor.places, okafor.vacancies) == (123_450, 3, 1)
    assert okafor.approved_types == ["long_term", "short_term"]
    assert okafor.languages == ["English", "Yoruba"]
    assert okafor.notes == 'Experienced with teenagers;\nlikes "outdoor" activities'
    assert bobby.name == "Robert'); DROP TABLE households;--"
    assert (bobby.status, bobby.approved_types) == ("on_hold", ["emergency", "respite"])
    assert bobby.notes == "<script>alert('x')</script>"
    assert unicode.name == "Ünïcödé 家庭 household"
    profiles = {
        p.household_id: p
        for p in await db.scalars(
            select(CapacityProfile).where(CapacityProfile.tenant_id == council.id)
        )
    }
    assert profiles[okafor.id].levels == [2, 3, 2, 1, 2, 4, 2, 2, 1, 2, 3, 2]
    assert profiles[okafor.id].effective_from == date(2023, 1, 1)  # 44927
    assert profiles[bobby.id].levels[:5] == [2, 3, 1, 0, 4]  # in the framework's words
    assert profiles[bobby.id].effective_from == date(2023, 2, 1)
    assert unicode.id not in profiles
    assert await _count(db, AuditEvent, council) == 3


async def test_loading_the_same_file_again_changes_nothing(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    await preview_and_load(app, db, http, "households", "carers.csv", CARER_SYSTEM)
    before = {ref: (h.version, h.updated_at) for ref, h in (await _households(db, council)).items()}
    audits, profiles = (
        await _count(db, AuditEvent, council),
        await _count(db, CapacityProfile, council),
    )

    again = await preview_and_load(app, db, http, "households", "carers.csv", CARER_SYSTEM)

    assert again["preview"] == {"created": 0, "updated": 0, "unchanged": 3}
    assert again["result"] == {"created": 0, "updated": 0, "unchanged": 3}
    after = {ref: (h.version, h.updated_at) for ref, h in (await _households(db, council)).items()}
    assert after == before
    assert await _count(db, CapacityProfile, council) == profiles
    assert await _count(db, AuditEvent, council) == audits


async def test_a_changed_row_updates_only_its_household_and_records_new_capacity(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    await preview_and_load(app, db, http, "households", "carers.csv", CARER_SYSTEM)
    changed = CARER_SYSTEM.replace(b"\xc2\xa31,234.50;2;3;2;1", b"\xc2\xa31,300.00;3;3;2;1")

    again = await preview_and_load(app, db, http, "households", "carers.csv", changed)

    assert again["result"] == {"created": 0, "updated": 1, "unchanged": 2}
    okafor = (await _households(db, council))["FC-1001"]
    assert (okafor.weekly_fee_pence, okafor.version) == (130_000, 2)
    assert await _count(db, CapacityProfile, council) == 3


async def test_an_xlsx_saved_by_a_spreadsheet_program_loads_with_formulas_and_dates(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)

    loaded = await preview_and_load(
        app, db, http, "households", "carers.xlsx", fixture("households_spreadsheet.xlsx")
    )

    assert loaded["result"] == {"created": 2, "updated": 0, "unchanged": 0}, loaded
    held = await _households(db, council)
    assert held["FC-2001"].weekly_fee_pence == 45_000  # =400+50
    assert held["2002"].weekly_fee_pence == 61_250  # =ROUND(612.499;2), a number cell 2002
    assert held["2002"].approved_types == ["kinship"]


async def test_all_or_nothing_is_refused_with_one_bad_row_and_writes_nothing(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    previewed = await preview(app, db, http, "households", "carers.csv", CARER_SYSTEM + BAD_ROW)

    refused = await http.post(
        f"/api/v1/bulk-loads/{previewed['id']}/load", json={"valid_rows_only": False}
    )

    assert refused.status_code == 422
    assert "1 of 4 rows have errors" in refused.json()["detail"]
    assert await _households(db, council) == {}
    assert (await http.get(f"/api/v1/bulk-loads/{previewed['id']}")).json()["status"] == "previewed"


async def test_valid_rows_only_loads_them_and_reports_each_problem_by_line_and_column(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    previewed = await preview(app, db, http, "households", "carers.csv", CARER_SYSTEM + BAD_ROW)
    assert previewed["preview"] == {"created": 3, "updated": 0, "unchanged": 0}
    assert previewed["rows_rejected"] == 1

    loaded = await load(app, db, http, previewed["id"], valid_rows_only=True)

    assert loaded["status"] == "loaded"
    assert loaded["result"] == {"created": 3, "updated": 0, "unchanged": 0}
    assert set(await _households(db, council)) == {"FC-1001", "FC-1002", "FC-1003"}
    errors = {(e["line"], e["column"]): e["reason"] for e in await all_errors(http, loaded["id"])}
    assert set(errors) == {
        (9, "age_max"),
        (9, "vacancies"),
        (9, "approved_types"),
        (9, "weekly_fee"),
        (9, "capacity_from"),
        (9, "notes"),
    }
    assert errors[(9, "age_max")] == "is younger than age_min (9)"
    assert "'knitting' is not a type of approval" in errors[(9, "approved_types")]
    assert "not a real date" in errors[(9, "capacity_from")]
    assert "formula" in errors[(9, "notes")]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"Places;", ("Plaeces", "is not a column; is it places?")),
        (b"Reference;", ("reference", "is a required column and the file has none")),
    ],
)
async def test_a_wrong_header_refuses_the_whole_file(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn, header: bytes, expected: tuple[str, str]
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)
    broken = CARER_SYSTEM.replace(header, b"Plaeces;" if header == b"Places;" else b"Ref No;", 1)
    previewed = await preview(app, db, http, "households", "carers.csv", broken)

    assert previewed["header_rejected"] is True
    assert [
        (e["line"], e["column"], e["reason"]) for e in await all_errors(http, previewed["id"])
    ] == [(1, *expected)]
    refused = await http.post(
        f"/api/v1/bulk-loads/{previewed['id']}/load", json={"valid_rows_only": True}
    )
    assert refused.status_code == 422


async def test_an_unreadable_file_fails_its_preview_saying_why(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)

    previewed = await preview(app, db, http, "households", "x.xlsx", b"PK\x03\x04 not a workbook")

    assert previewed["status"] == "failed"
    assert "cannot be read" in previewed["message"]


async def test_postcodes_are_placed_and_an_unknown_or_malformed_one_is_a_row_error(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    content = (
        b"reference,name,age_min,age_max,places,approved_types,weekly_fee,postcode\r\n"
        b"P-1,Placed,0,17,1,long_term,400,ls14ap\r\n"
        b"P-2,Unknown,0,17,1,long_term,400,ZZ9 9ZZ\r\n"
        b"P-3,Malformed,0,17,1,long_term,400,nope\r\n"
    )
    previewed = await preview(app, db, http, "households", "carers.csv", content)

    assert [
        (e["line"], e["column"], e["reason"]) for e in await all_errors(http, previewed["id"])
    ] == [
        (3, "postcode", "ZZ9 9ZZ is not in the postcode directory"),
        (4, "postcode", "is not a full UK postcode, like LS1 4AB"),
    ]
    await load(app, db, http, previewed["id"], valid_rows_only=True)
    placed = (await _households(db, council))["P-1"]
    assert (placed.postcode, placed.easting, placed.northing) == ("LS1 4AP", 429363.0, 433330.0)
