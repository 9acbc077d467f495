"""The return's optional files over two consecutive years (`tests/fixtures/ssda903/2022_*` clean,
`2023_*` messy): kept against the child, previewed, reported with file, line, column and rule,
and imported again without changing anything."""

import asyncio
import csv
import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from typer.testing import CliRunner

from conftest import SignIn
from factories import create_organisation, create_team, create_user
from import_helpers import admin_of_new_council, run_job
from kindred.cli import app as cli
from kindred.domain.ssda903_child_files import ChildFile
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.organisation import Organisation, Team
from kindred.models.ssda903_record import Ssda903Record
from kindred.models.user import Role

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ssda903"


async def import_year(
    app: FastAPI, db: AsyncSession, http: httpx.AsyncClient, year: int, **form: str
) -> dict[str, Any]:
    files = {
        "header": (f"{year}_header.csv", (FIXTURES / f"{year}_header.csv").read_bytes()),
        "episodes": (f"{year}_episodes.csv", (FIXTURES / f"{year}_episodes.csv").read_bytes()),
    } | {
        kind.value: (
            f"{year}_{kind.value}.csv",
            (FIXTURES / f"{year}_{kind.value}.csv").read_bytes(),
        )
        for kind in ChildFile
    }
    response = await http.post("/api/v1/imports/ssda903", files=files, data=form)
    assert response.status_code == 202, response.text
    await run_job(app, db, response.json()["id"])
    body: dict[str, Any] = (await http.get(response.headers["location"])).json()
    assert body["status"] == "succeeded", body["errors"]
    return body


def record_counts(body: dict[str, Any]) -> tuple[int, int, int]:
    counts = body["counts"]
    return counts["records_created"], counts["records_updated"], counts["records_unchanged"]


async def held(db: AsyncSession, council: Organisation) -> int:
    query = select(func.count()).where(Ssda903Record.tenant_id == council.id)
    return int(await db.scalar(query) or 0)


async def test_two_years_are_kept_reported_and_imported_again_without_change(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)

    preview = await import_year(app, db, http, 2022, dry_run="true")
    assert record_counts(preview) == (9, 0, 0)
    assert await held(db, council) == 0

    first = await import_year(app, db, http, 2022)
    assert first["errors"] == []
    assert {w["file"] for w in first["warnings"]} <= {"2022_episodes.csv"}
    assert record_counts(first) == (9, 0, 0)

    second = await import_year(app, db, http, 2023, valid_rows_only="true")
    assert record_counts(second) == (6, 2, 2)
    errors = {(e["file"], e["line"], e["column"], e["reason"]) for e in second["errors"]}
    assert ("2023_reviews.csv", 5, "REVIEW", "REVIEW '31/09/2022' is not a real date") in errors
    assert (
        "2023_reviews.csv",
        6,
        "CHILD",
        "CHILD A199 is not in the Header file nor held by the council",
    ) in errors
    assert ("2023_missing.csv", 2, "CHILD", "CHILD is empty") in errors
    warnings = {(w["file"], w["line"], w["column"]): w for w in second["warnings"]}
    assert warnings[("2023_reviews.csv", 7, "REVIEW_CODE")]["rule"].startswith("167: ")
    assert warnings[("2023_oc3.csv", 2, "ACCOM")]["rule"].startswith("133: ")
    assert ("2023_oc2.csv", 2, "SDQ_SCORE") in warnings
    assert "\\x00" in warnings[("2023_missing.csv", 5, "MISSING")]["reason"]

    report = await http.get(f"/api/v1/imports/{second['id']}/report.csv")
    lines = list(csv.DictReader(io.StringIO(report.text.lstrip("\ufeff"))))
    review = next(row for row in lines if row["file"] == "2023_reviews.csv" and row["line"] == "7")
    assert (review["outcome"], review["column"], review["child"]) == (
        "warning",
        "REVIEW_CODE",
        "A101",
    )
    assert review["dfe_rule"].startswith("167: ")

    assert await held(db, council) == 15
    again = await import_year(app, db, http, 2023, valid_rows_only="true")
    assert record_counts(again) == (0, 0, 10)
    older = await import_year(app, db, http, 2022)
    assert record_counts(older) == (0, 0, 9)
    assert await held(db, council) == 15

    placed = await db.scalar(
        select(Ssda903Record.details).where(
            Ssda903Record.tenant_id == council.id, Ssda903Record.kind == "placed_adoption"
        )
    )
    assert placed == {"ceased": "2023-02-15", "reason_ceased": "RD1"}
    audited = await db.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.details["import_id"].astext == second["id"])
    )
    assert audited


async def test_the_childs_page_reads_what_the_return_says_audited_and_only_in_the_council(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    await import_year(app, db, http, 2022)
    await import_year(app, db, http, 2023, valid_rows_only="true")
    rows = await db.execute(
        select(Child.local_child_id, Child.id).where(Child.tenant_id == council.id)
    )
    ids: dict[str, Any] = dict(rows.all())
    team = await db.scalar(select(Team).where(Team.tenant_id == council.id))
    assert team is not None
    http = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    a101 = (await http.get(f"/api/v1/children/{ids['A101']}/ssda903-records")).json()
    a102 = (await http.get(f"/api/v1/children/{ids['A102']}/ssda903-records")).json()
    a103 = (await http.get(f"/api/v1/children/{ids['A103']}/ssda903-records")).json()
    a105 = (await http.get(f"/api/v1/children/{ids['A105']}/ssda903-records")).json()

    assert [(r["held_on"], r["participation"]) for r in a101["reviews"]] == [
        ("2023-03-01", None),
        ("2022-09-12", {"code": "PN1", "label": "Attended and spoke for themselves"}),
        ("2022-03-10", {"code": "PN2", "label": "Attended; an advocate spoke for them"}),
        ("2021-10-15", {"code": "PN1", "label": "Attended and spoke for themselves"}),
    ]
    assert a101["health"] == {
        "year_ending": "2023-03-31",
        "sdq_score": None,
        "sdq_reason": None,
        "health_check": True,
        "immunisations": True,
        "teeth_check": False,
        "health_assessment": True,
        "substance_misuse": False,
        "convicted": False,
    }
    assert a101["placed_for_adoption"] == [
        {"decided_on": "2021-09-01", "ceased_on": "2023-02-15", "reason_ceased": "RD1"}
    ]
    assert [(m["kind"]["code"], m["started_on"], m["ended_on"]) for m in a102["missing"]] == [
        ("A", "2022-03-20", "2022-03-21"),
        ("M", "2022-02-03", "2022-02-05"),
    ]
    assert a102["care_leaver"] == {
        "year_ending": "2023-03-31",
        "in_touch": {"code": "YES", "label": "In touch"},
        "activity": "F4",
        "accommodation": None,
    }
    assert (a105["uasc"], a105["uasc_ceases_on"]) == (True, "2031-08-21")
    assert a103 == {
        "child_id": str(ids["A103"]),
        "uasc": False,
        "uasc_ceases_on": None,
        "reviews": [],
        "missing": [],
        "health": None,
        "care_leaver": None,
        "placed_for_adoption": [],
    }
    reads = await db.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.resource_type == "ssda903_records", AuditEvent.child_id == ids["A101"])
    )
    assert reads == 1

    other_council = await create_organisation(db)
    stranger = await sign_in_as(await create_user(db, other_council, role=Role.manager))
    hidden = await stranger.get(f"/api/v1/children/{ids['A101']}/ssda903-records")
    assert hidden.status_code == 404


async def test_the_command_takes_the_optional_files(
    database_url: str, monkeypatch: pytest.MonkeyPatch, db: AsyncSession
) -> None:
    monkeypatch.setenv("KINDRED_DATABASE_URL", database_url)
    council = await create_organisation(db)
    await create_team(db, council)
    args = [
        "import-903",
        str(FIXTURES / "2022_header.csv"),
        str(FIXTURES / "2022_episodes.csv"),
        "--council",
        council.slug,
        *(f"--also={kind.value}={FIXTURES / f'2022_{kind.value}.csv'}" for kind in ChildFile),
    ]

    first = await asyncio.to_thread(CliRunner().invoke, cli, args)
    again = await asyncio.to_thread(CliRunner().invoke, cli, args)
    wrong = await asyncio.to_thread(CliRunner().invoke, cli, [*args[:5], "--also", "oc4=x.csv"])

    assert first.exit_code == 0, first.output
    assert "records of the other files 9 new" in " ".join(first.output.split())
    assert "0 new, 0 updated, 9 unchanged." in " ".join(again.output.split())
    assert await held(db, council) == 9
    assert wrong.exit_code == 1
    assert "KIND one of uasc, reviews" in wrong.output
