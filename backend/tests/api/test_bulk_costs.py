"""Bulk loads of placement costs from finance system extracts."""

from datetime import date

import httpx
from fastapi import FastAPI
from sqlalchemy import delete, func, select
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
from factories import create_child, create_team
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.cost import CostRecord
from kindred.models.organisation import Organisation

EXTRACT = fixture("costs_finance_extract.csv")


async def _council_with_children(
    db: AsyncSession, sign_in_as: SignIn
) -> tuple[Organisation, dict[str, Child], httpx.AsyncClient]:
    council, http = await admin_of_new_council(db, sign_in_as)
    team = await create_team(db, council)
    children = {
        lc: await create_child(db, council, team, local_child_id=lc) for lc in ("C1001", "C1002")
    }
    return council, children, http


async def _costs(db: AsyncSession, council: Organisation) -> dict[tuple[str, date], CostRecord]:
    query = select(CostRecord).where(CostRecord.tenant_id == council.id)
    rows = await db.scalars(query.execution_options(populate_existing=True))
    return {(record.provider or "", record.start_date): record for record in rows}


async def test_a_finance_extract_loads_money_exactly_and_audits_each_child(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, children, http = await _council_with_children(db, sign_in_as)

    loaded = await preview_and_load(app, db, http, "placement_costs", "finance.csv", EXTRACT)

    assert loaded["result"] == {"created": 4, "updated": 0, "unchanged": 0}, loaded
    held = await _costs(db, council)
    fee = held[("Brightpath Fostering", date(2023, 1, 1))]  # 44927
    assert (fee.kind, fee.frequency, fee.amount_pence, fee.funder) == (
        "placement",
        "weekly",
        123_450,
        "social_care",
    )
    assert fee.child_id == children["C1001"].id
    therapy = held[("Talking Therapies Ltd", date(2023, 2, 1))]
    assert (therapy.amount_pence, therapy.end_date, therapy.funder) == (
        90_000,
        date(2023, 2, 28),
        "health",
    )  # £3,600 over 28 days is £900 a week
    home = held[("Oakwood Children's Home", date(2023, 4, 1))]
    assert (home.amount_pence, home.end_date) == (485_000, date(2023, 9, 30))
    transport = held[("School transport =cheap", date(2023, 4, 1))]
    assert (transport.kind, transport.amount_pence, transport.funder) == (
        "transport",
        9_550,
        "education",
    )
    audited = await db.scalars(
        select(AuditEvent.child_id).where(
            AuditEvent.tenant_id == council.id, AuditEvent.resource_type == "cost_record"
        )
    )
    assert sorted(map(str, audited)) == sorted(
        map(str, [children["C1001"].id] * 2 + [children["C1002"].id] * 2)
    )


async def test_the_same_extract_again_changes_nothing(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, _, http = await _council_with_children(db, sign_in_as)
    await preview_and_load(app, db, http, "placement_costs", "finance.csv", EXTRACT)
    versions = {key: record.version for key, record in (await _costs(db, council)).items()}

    again = await preview_and_load(app, db, http, "placement_costs", "finance.csv", EXTRACT)

    assert again["result"] == {"created": 0, "updated": 0, "unchanged": 4}
    assert {key: r.version for key, r in (await _costs(db, council)).items()} == versions


async def test_a_spreadsheet_with_formulas_and_a_period_amount(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, _, http = await _council_with_children(db, sign_in_as)

    loaded = await preview_and_load(
        app, db, http, "placement_costs", "finance.xlsx", fixture("costs_spreadsheet.xlsx")
    )

    assert loaded["result"] == {"created": 2, "updated": 0, "unchanged": 0}, loaded
    held = await _costs(db, council)
    assert held[("Brightpath Fostering", date(2023, 1, 1))].amount_pence == 123_450
    # =4850*26 pounds over the 182 days from 1 April to 29 September: £4,850 a week.
    assert held[("Oakwood Children's Home", date(2023, 4, 1))].amount_pence == 485_000


async def test_an_unknown_child_is_a_row_error_and_valid_rows_still_load(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, _, http = await _council_with_children(db, sign_in_as)
    extract = EXTRACT + b"C9999,Brightpath Fostering,placement,100,,01/01/2024,,social care,\r\n"
    previewed = await preview(app, db, http, "placement_costs", "finance.csv", extract)

    assert [(e["line"], e["column"]) for e in await all_errors(http, previewed["id"])] == [
        (7, "child_id")
    ]
    loaded = await load(app, db, http, previewed["id"], valid_rows_only=True)
    assert loaded["result"] == {"created": 4, "updated": 0, "unchanged": 0}
    assert len(await _costs(db, council)) == 4


async def test_a_row_gone_bad_since_the_preview_rejects_a_load_of_all_rows(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, children, http = await _council_with_children(db, sign_in_as)
    previewed = await preview(app, db, http, "placement_costs", "finance.csv", EXTRACT)
    assert previewed["errors_total"] == 0
    await db.execute(delete(Child).where(Child.id == children["C1002"].id))
    await db.commit()

    loaded = await load(app, db, http, previewed["id"], valid_rows_only=False)

    assert loaded["status"] == "rejected"
    assert loaded["rows_rejected"] == 2
    assert await _costs(db, council) == {}
    assert (
        await db.scalar(
            select(func.count()).select_from(CostRecord).where(CostRecord.tenant_id == council.id)
        )
        == 0
    )
