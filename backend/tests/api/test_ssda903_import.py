"""Importing the SSDA903 return: round trips, idempotence, every bad row reported, the CLI."""

import asyncio
from datetime import date
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from typer.testing import CliRunner

from conftest import SignIn
from factories import create_child, create_organisation, create_placement, create_team, create_user
from import_helpers import TODAY, admin_of_new_council, count, import_return, upload
from kindred.cli import app as cli
from kindred.geography.postcodes import postcode_directory
from kindred.models.child import Child
from kindred.models.placement import Placement
from kindred.modules.imports import router as imports_router
from kindred.seed.ssda903_samples import SampleReturn, sample_return


async def test_a_messy_sample_round_trips_and_a_second_import_changes_nothing(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    sample = sample_return(children=120, today=TODAY, seed=11)  # BOM, CRLF, shuffled, extras

    body = await import_return(app, db, http, sample)

    assert body["status"] == "succeeded", body["errors"][:3]
    assert body["errors"] == []
    assert body["counts"]["children_created"] == 120
    assert body["counts"]["episodes_created"] == sample.episode_count
    assert await count(db, Placement, council) == sample.episode_count
    held = {
        (local_id, start)
        for local_id, start in await db.execute(
            select(Child.local_child_id, Placement.start_date).join(
                Placement, Placement.child_id == Child.id
            )
        )
    }
    for row in sample.rows:
        day, month, year = (int(part) for part in row["DECOM"].split("/"))
        assert (row["CHILD"], date(year, month, day)) in held
    versions = {row[0]: row[1] for row in await db.execute(select(Child.id, Child.version))}
    in_care = await db.scalar(
        select(func.count()).select_from(Child).where(Child.placement_type.is_not(None))
    )
    assert in_care

    again = await import_return(app, db, http, sample)

    assert again["status"] == "succeeded"
    assert again["counts"] | {"duration_ms": 0} == {
        "children_created": 0,
        "children_updated": 0,
        "children_unchanged": 120,
        "episodes_created": 0,
        "episodes_updated": 0,
        "episodes_unchanged": sample.episode_count,
        "children_status_changed": 0,
        "records_created": 0,
        "records_updated": 0,
        "records_unchanged": 0,
        "duration_ms": 0,
    }
    assert {row[0]: row[1] for row in await db.execute(select(Child.id, Child.version))} == versions
    assert await count(db, Placement, council) == sample.episode_count
    job = await http.get(f"/api/v1/imports/{again['id']}")
    assert job.status_code == 200
    assert job.json()["counts"]["episodes_unchanged"] == sample.episode_count
    listed = await http.get("/api/v1/imports")
    assert [j["id"] for j in listed.json()] == [again["id"], body["id"]]


async def test_bad_rows_stop_the_import_and_each_is_reported_with_its_line(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    sample = sample_return(children=60, today=TODAY, seed=5, bad_rows=6)

    body = await import_return(app, db, http, sample)

    assert body["status"] == "rejected"
    assert body["counts"] is None
    reported = {(e["file"], e["line"]) for e in body["errors"]}
    assert reported == {("episodes_2026.csv", line) for _, line, _ in sample.bad_lines}
    assert body["rows_rejected"] == 6
    assert await count(db, Child, council) == 0
    assert await count(db, Placement, council) == 0


async def test_valid_rows_only_imports_the_good_rows_and_reports_the_rest(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    sample = sample_return(children=60, today=TODAY, seed=5, bad_rows=6)

    body = await import_return(app, db, http, sample, valid_rows_only="true")

    assert body["status"] == "succeeded"
    assert len({error["line"] for error in body["errors"]}) == body["rows_rejected"] == 6
    assert body["counts"]["episodes_created"] == sample.episode_count
    assert await count(db, Placement, council) == sample.episode_count


async def test_partial_postcodes_are_placed_at_sector_centroids(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)
    header = b"CHILD,SEX,DOB,ETHNIC\r\nP1,1,01/02/2014,WBRI\r\n"
    episodes = (
        b"\xef\xbb\xbfCHILD,DECOM,LS,PLACE,PLACE_PROVIDER,HOME_POST,PL_POST,DEC\r\n"
        b"P1,01/03/2024,C2,U4,PR1,LS1 4,YO1 7,\r\n"
        b"P1,01/03/2020,C2,U4,PR1,LS1 4,ZZ99 9,01/03/2021\r\n"
    )
    sample = SampleReturn(header=header, episodes=episodes, children=1, episode_count=2)

    body = await import_return(app, db, http, sample)

    assert body["status"] == "succeeded", body["errors"]
    assert [(w["line"], w["column"], w["rule"] and w["rule"][:4]) for w in body["warnings"]] == [
        (3, "REC", "148:"),  # DEC without REC
        (3, "PL_POST", None),
    ]
    assert "ZZ99 9" in body["warnings"][1]["reason"]
    placed, unplaced = (
        await db.scalars(select(Placement).order_by(Placement.start_date.desc()))
    ).all()
    leeds = postcode_directory().sector_centroid("LS1 4")
    york = postcode_directory().sector_centroid("YO1 7")
    assert leeds is not None
    assert york is not None
    assert (placed.home_precision, placed.placement_precision) == ("sector", "sector")
    assert placed.home_easting == pytest.approx(leeds.easting)
    assert placed.placement_northing == pytest.approx(york.northing)
    assert placed.distance_m is not None
    assert 30_000 < placed.distance_m < 40_000
    assert (unplaced.placement_postcode, unplaced.placement_precision) == ("ZZ99 9", "unknown")
    assert unplaced.distance_m is None
    child = await db.scalar(select(Child).where(Child.local_child_id == "P1"))
    assert child is not None
    assert (child.care_status, child.placement_type, child.legal_status) == ("in_care", "U4", "C2")


async def test_an_episode_clashing_with_one_already_held_is_reported(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    team = await create_team(db, council)
    child = await create_child(db, council, team, local_child_id="H1", given_name="Held")
    await create_placement(
        db, council, child, start_date=date(2024, 1, 1), end_date=date(2024, 12, 1)
    )
    episodes = b"CHILD,DECOM,LS,PLACE\nH1,01/06/2024,C2,K2\n"
    sample = SampleReturn(header=b"CHILD,SEX,DOB\n", episodes=episodes, children=0, episode_count=1)

    body = await import_return(app, db, http, sample)

    assert body["status"] == "rejected"
    assert body["errors"][0]["line"] == 2
    assert "already held from 01/01/2024" in body["errors"][0]["reason"]
    await db.refresh(child)
    assert child.given_name == "Held"


async def test_imports_are_for_admins_of_their_own_council(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)
    _, other_admin = await admin_of_new_council(db, sign_in_as)
    job = (await upload(http, sample_return(children=3, today=TODAY))).json()
    practitioner = await create_user(db, await create_organisation(db))

    assert (await other_admin.get(f"/api/v1/imports/{job['id']}")).status_code == 404
    as_practitioner = await (await sign_in_as(practitioner)).post("/api/v1/imports/ssda903")
    assert as_practitioner.status_code == 403


async def test_files_over_the_limit_are_refused(
    sign_in_as: SignIn, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)
    monkeypatch.setattr(imports_router, "MAX_FILE_BYTES", 100)

    response = await upload(http, sample_return(children=5, today=TODAY))

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


def command_args(folder: Path, sample: SampleReturn, council: str) -> list[str]:
    """`kindred import-903` for the sample's files, written to `folder` as h.csv and e.csv."""
    (folder / "h.csv").write_bytes(sample.header)
    (folder / "e.csv").write_bytes(sample.episodes)
    return ["import-903", str(folder / "h.csv"), str(folder / "e.csv"), "--council", council]


@pytest.fixture
def runner(database_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KINDRED_DATABASE_URL", database_url)
    return CliRunner()


async def test_the_command_imports_with_progress_and_is_safe_to_rerun(
    runner: CliRunner, db: AsyncSession, tmp_path: Path
) -> None:
    council = await create_organisation(db)
    await create_team(db, council)
    sample = sample_return(children=40, today=TODAY, seed=3)
    args = command_args(tmp_path, sample, council.slug)

    first = await asyncio.to_thread(runner.invoke, cli, args)
    second = await asyncio.to_thread(runner.invoke, cli, args)
    unknown = await asyncio.to_thread(runner.invoke, cli, [*args[:3], "--council", "nowhere"])

    assert first.exit_code == 0, first.output
    assert "children 40 new" in first.output
    assert "Writing" in first.output
    assert second.exit_code == 0, second.output
    assert f"{sample.episode_count:,} unchanged" in second.output
    assert await count(db, Placement, council) == sample.episode_count
    assert unknown.exit_code == 1
    assert "no council" in unknown.output


async def test_the_command_reports_bad_rows_and_writes_nothing(
    runner: CliRunner, db: AsyncSession, tmp_path: Path
) -> None:
    council = await create_organisation(db)
    await create_team(db, council)
    sample = sample_return(children=20, today=TODAY, seed=3, bad_rows=2)
    report = tmp_path / "report.json"
    args = [*command_args(tmp_path, sample, council.slug), "--report", str(report)]

    result = await asyncio.to_thread(runner.invoke, cli, args)

    assert result.exit_code == 1
    for _, line, _ in sample.bad_lines:
        assert f"e.csv:{line}:" in result.output
    assert "Nothing imported" in result.output
    assert '"status": "rejected"' in report.read_text()
    assert await count(db, Child, council) == 0


async def test_the_command_previews_with_dry_run_and_writes_nothing(
    runner: CliRunner, db: AsyncSession, tmp_path: Path
) -> None:
    council = await create_organisation(db)
    await create_team(db, council)
    sample = sample_return(children=10, today=TODAY, seed=4)
    args = command_args(tmp_path, sample, council.slug)

    preview = await asyncio.to_thread(runner.invoke, cli, [*args, "--dry-run"])

    assert preview.exit_code == 0, preview.output
    assert "Preview (nothing written)" in preview.output
    assert "children 10 new" in preview.output
    assert await count(db, Child, council) == 0
    assert await count(db, Placement, council) == 0
