"""An admin's whole-council export: queued, written by the worker with progress, downloaded
once ready by that council's admins only, audited, and gone when it expires."""

import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from export_helpers import xlsx_rows
from factories import create_child, create_household, create_organisation, create_team, create_user
from kindred.models.audit import AuditEvent
from kindred.models.organisation import Organisation
from kindred.models.user import Role
from kindred.modules.exports import worker_job
from kindred.modules.exports.files import EXPORT_LIFETIME, purge_expired_files
from kindred.modules.exports.worker_job import EXPORT_ENTRYPOINT, ExportJob, run_council_export
from kindred.settings import Settings

EXPORTS = "/api/v1/exports/council"
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@pytest.fixture
def var_dir(app: FastAPI, tmp_path: Path) -> Iterator[Path]:
    """The app keeps its export files under a temporary var dir for this test."""
    before: Settings = app.state.settings
    app.state.settings = before.model_copy(update={"var_dir": tmp_path})
    yield tmp_path
    app.state.settings = before


def _files(var_dir: Path, pattern: str) -> list[Path]:
    return list(var_dir.glob(f"exports/*/{pattern}"))


async def _queued(db: AsyncSession, export_id: str) -> ExportJob:
    """The worker job the start enqueued, taken off the queue as a worker would."""
    rows = await db.execute(
        text("SELECT id, payload FROM pgqueuer.pgqueuer WHERE entrypoint = :entrypoint"),
        {"entrypoint": EXPORT_ENTRYPOINT},
    )
    jobs = [ExportJob.from_payload(row.payload) for row in rows]
    [job] = [job for job in jobs if str(job.export_id) == export_id]
    await db.execute(
        text("DELETE FROM pgqueuer.pgqueuer WHERE entrypoint = :entrypoint"),
        {"entrypoint": EXPORT_ENTRYPOINT},
    )
    await db.commit()
    return job


async def _run(
    app: FastAPI, db: AsyncSession, export_id: str, var_dir: Path, now: datetime
) -> None:
    """The worker's run of the job the start enqueued."""
    await run_council_export(
        app.state.database, await _queued(db, export_id), var_dir=var_dir, now=now
    )


async def _council_with_data(db: AsyncSession) -> Organisation:
    council = await create_organisation(db)
    north, east = await create_team(db, council, "North"), await create_team(db, council, "East")
    await create_child(db, council, north, family_name="Able")
    await create_child(db, council, east, family_name="Brook", restricted=True)
    await create_household(db, council, name="The Carters")
    return council


async def _started(http: httpx.AsyncClient) -> dict[str, object]:
    response = await http.post(EXPORTS)
    assert response.status_code == 202, response.text
    assert response.headers["location"] == f"{EXPORTS}/{response.json()['id']}"
    body: dict[str, object] = response.json()
    return body


async def test_an_admin_exports_the_whole_council_as_a_zip(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, var_dir: Path, empty_queue: None
) -> None:
    council = await _council_with_data(db)
    elsewhere = await create_organisation(db)
    await create_child(db, elsewhere, await create_team(db, elsewhere), family_name="Other")
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)

    started = await _started(http)
    export_id = str(started["id"])
    not_yet = await http.get(f"{EXPORTS}/{export_id}/download")
    await _run(app, db, export_id, var_dir, NOW)
    finished = (await http.get(f"{EXPORTS}/{export_id}")).json()
    download = await http.get(f"{EXPORTS}/{export_id}/download")

    assert (started["status"], started["download_url"]) == ("queued", None)
    assert not_yet.status_code == 409
    assert finished["status"] == "succeeded"
    assert finished["tables_done"] == finished["tables_total"] >= 2
    assert finished["rows_written"] == 3
    assert finished["download_url"] == f"{EXPORTS}/{export_id}/download"
    assert download.status_code == 200, download.text
    assert download.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(download.content))
    assert {"caseload.csv", "caseload.xlsx", "households.csv", "households.xlsx"} <= set(
        archive.namelist()
    )
    caseload = archive.read("caseload.csv").decode("utf-8-sig").splitlines()
    assert [line.split(",")[3] for line in caseload[1:]] == ["Able", "Brook"]
    households = xlsx_rows(archive.read("households.xlsx"))
    assert [row[2] for row in households[1:]] == ["The Carters"]
    assert _files(var_dir, "*.part") == []


async def test_progress_is_seen_while_it_runs(
    app: FastAPI,
    sign_in_as: SignIn,
    db: AsyncSession,
    var_dir: Path,
    empty_queue: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    council = await _council_with_data(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))
    export_id = str((await _started(http))["id"])
    seen: list[dict[str, Any]] = []
    write_progress = worker_job._progress

    async def progress_then_look(*args: object) -> None:
        await write_progress(*args)  # type: ignore[arg-type]
        seen.append((await http.get(f"{EXPORTS}/{export_id}")).json())

    monkeypatch.setattr(worker_job, "_progress", progress_then_look)
    await _run(app, db, export_id, var_dir, NOW)

    assert {job["status"] for job in seen} == {"running"}
    assert [job["stage"] for job in seen][:2] == ["caseload", "households"]
    assert [job["tables_done"] for job in seen] == sorted(job["tables_done"] for job in seen)


async def test_only_that_councils_admins_may_start_follow_or_download_it(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, var_dir: Path, empty_queue: None
) -> None:
    council = await _council_with_data(db)
    team = await create_team(db, council)
    admin = await create_user(db, council, role=Role.admin)
    manager = await create_user(db, council, role=Role.manager, teams=[team])
    elsewhere = await create_organisation(db)
    their_admin = await create_user(db, elsewhere, role=Role.admin)
    http = await sign_in_as(admin)
    export_id = str((await _started(http))["id"])
    await _run(app, db, export_id, var_dir, NOW)
    theirs, managers = await sign_in_as(their_admin), await sign_in_as(manager)

    assert (await managers.post(EXPORTS)).status_code == 403
    assert (await managers.get(f"{EXPORTS}/{export_id}/download")).status_code == 403
    assert (await theirs.get(f"{EXPORTS}/{export_id}")).status_code == 404
    assert (await theirs.get(f"{EXPORTS}/{export_id}/download")).status_code == 404
    assert (await theirs.get(EXPORTS)).json() == []
    assert [job["id"] for job in (await http.get(EXPORTS)).json()] == [export_id]


async def test_starting_and_every_download_are_audited(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, var_dir: Path, empty_queue: None
) -> None:
    council = await _council_with_data(db)
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)
    export_id = str((await _started(http))["id"])
    await _run(app, db, export_id, var_dir, NOW)
    await http.get(f"{EXPORTS}/{export_id}/download")

    events = (
        await db.scalars(
            select(AuditEvent)
            .where(AuditEvent.resource_type == "council_export")
            .order_by(AuditEvent.id)
        )
    ).all()
    assert [(e.action, e.details["stage"], e.actor_user_id) for e in events] == [
        ("export", "started", admin.id),
        ("export", "downloaded", admin.id),
    ]
    assert {e.resource_id for e in events} == {export_id}


async def test_an_expired_export_is_gone_and_its_file_purged(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, var_dir: Path, empty_queue: None
) -> None:
    council = await _council_with_data(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))
    export_id = str((await _started(http))["id"])
    long_ago = datetime.now(UTC) - EXPORT_LIFETIME - timedelta(hours=1)
    await _run(app, db, export_id, var_dir, long_ago)
    [written] = _files(var_dir, "*.zip")

    gone = await http.get(f"{EXPORTS}/{export_id}/download")
    purged = purge_expired_files(var_dir, now=datetime.now(UTC) + EXPORT_LIFETIME * 2)

    assert (await http.get(f"{EXPORTS}/{export_id}")).json()["status"] == "expired"
    assert gone.status_code == 410
    assert gone.headers["content-type"] == "application/problem+json"
    assert (purged, _files(var_dir, "*.zip")) == (1, [])
    assert written.name == f"{export_id}.zip"
