"""An uploaded return is imported by the worker: queued, running with progress, then finished."""

import asyncio
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from conftest import SignIn
from import_helpers import (
    TODAY,
    admin_of_new_council,
    count,
    import_return,
    queued_import,
    run_job,
    upload,
)
from kindred.core.database import Database
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.import_job import ImportFiles
from kindred.modules.imports import queue, repository
from kindred.modules.imports.queue import IMPORT_ENTRYPOINT, QueuedImport, run_queued_import
from kindred.modules.imports.service import Progress
from kindred.modules.jobs.worker import STALE_JOB_AFTER, run_worker
from kindred.seed.ssda903_samples import SampleReturn, sample_return
from kindred.settings import Settings


async def _stored_files(db: AsyncSession) -> int:
    return int(await db.scalar(select(func.count()).select_from(ImportFiles)) or 0)


async def test_the_upload_is_accepted_and_queued_with_its_files(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)

    response = await upload(http, sample_return(children=5, today=TODAY))

    assert response.status_code == 202, response.text
    job = response.json()
    assert response.headers["location"] == f"/api/v1/imports/{job['id']}"
    assert (job["status"], job["finished_at"]) == ("queued", None)
    assert (await http.get(response.headers["location"])).json()["status"] == "queued"
    assert await _stored_files(db) == 1
    assert await count(db, Child, council) == 0
    assert (await queued_import(db, job["id"])).tenant_id == council.id


async def test_another_session_sees_the_import_running_and_advancing(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    sample = sample_return(children=30, today=TODAY, seed=2)
    job_id = (await upload(http, sample)).json()["id"]
    seen: list[dict[str, Any]] = []
    children_seen: list[int] = []
    write_progress = queue._progress_writer

    def watched(database: Database, queued: QueuedImport) -> Progress:
        write = write_progress(database, queued)

        async def write_then_look(stage: str, done: int, total: int) -> None:
            await write(stage, done, total)
            seen.append((await http.get(f"/api/v1/imports/{job_id}")).json())
            children_seen.append(await count(db, Child, council))
            await db.commit()

        return write_then_look

    monkeypatch.setattr(queue, "_progress_writer", watched)

    await run_job(app, db, job_id)

    assert {job["status"] for job in seen} == {"running"}
    writing = [job["rows_processed"] for job in seen if job["stage"] == "Writing"]
    assert writing == sorted(writing)
    assert writing[0] < writing[-1]
    assert seen[-1]["rows_total"] == writing[-1]
    assert set(children_seen) == {0}, "the import is one transaction: nothing shows until the end"
    finished = (await http.get(f"/api/v1/imports/{job_id}")).json()
    assert finished["status"] == "succeeded"
    assert finished["counts"]["children_created"] == 30
    assert await _stored_files(db) == 0


async def test_an_unexpected_error_fails_the_job_with_a_plain_message(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)

    async def broken(*_: object) -> None:
        raise RuntimeError("connection reset in merge_children (secret detail)")

    monkeypatch.setattr(repository, "merge_children", broken)

    job = await import_return(app, db, http, sample_return(children=4, today=TODAY))

    assert job["status"] == "failed"
    assert job["message"] == queue.UNEXPECTED_FAILURE
    assert "secret" not in str(job)
    assert job["finished_at"] is not None
    assert await count(db, Child, council) == 0
    assert await _stored_files(db) == 0


async def test_new_children_and_no_team_fail_the_job_saying_what_to_do(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as, with_team=False)

    job = await import_return(app, db, http, sample_return(children=2, today=TODAY))

    assert job["status"] == "failed"
    assert "Create a team first" in job["message"]


async def test_a_team_not_of_the_council_is_refused_at_upload(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)
    sample = sample_return(children=2, today=TODAY)

    response = await upload(http, sample, team_id="00000000-0000-0000-0000-000000000001")

    assert response.status_code == 422
    assert await _stored_files(db) == 0


async def test_a_job_picked_twice_or_held_by_another_worker_imports_once(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    job_id = (await upload(http, sample_return(children=6, today=TODAY))).json()["id"]
    queued = await queued_import(db, job_id)
    database: Database = app.state.database

    async with database.sessions() as other_worker:
        await other_worker.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))"), {"id": job_id}
        )
        await run_queued_import(database, queued, today=TODAY)
        assert (await http.get(f"/api/v1/imports/{job_id}")).json()["status"] == "queued"
    await run_queued_import(database, queued, today=TODAY)
    await run_queued_import(database, queued, today=TODAY)

    assert (await http.get(f"/api/v1/imports/{job_id}")).json()["status"] == "succeeded"
    assert await count(db, Child, council) == 6
    created = (
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.resource_type == "child", AuditEvent.action == "create")
    )
    assert await db.scalar(created) == 6


async def test_an_import_whose_worker_died_mid_way_is_imported_whole_when_picked_again(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    job_id = (await upload(http, sample_return(children=8, today=TODAY, seed=3))).json()["id"]
    queued = await queued_import(db, job_id)
    database: Database = app.state.database
    write_progress = queue._progress_writer

    def dies_after_first_progress(database: Database, queued: QueuedImport) -> Progress:
        write = write_progress(database, queued)

        async def write_then_die(stage: str, done: int, total: int) -> None:
            await write(stage, done, total)
            raise SystemExit("the worker's process was stopped")  # not an Exception: no _fail

        return write_then_die

    monkeypatch.setattr(queue, "_progress_writer", dies_after_first_progress)
    with pytest.raises(SystemExit):
        await run_queued_import(database, queued, today=TODAY)
    left = (await http.get(f"/api/v1/imports/{job_id}")).json()
    assert left["status"] == "running"  # as pgqueuer finds it: picked, heartbeat gone stale
    assert await count(db, Child, council) == 0  # the import's transaction rolled back
    assert await _stored_files(db) == 1

    monkeypatch.setattr(queue, "_progress_writer", write_progress)
    await run_queued_import(database, queued, today=TODAY)  # the same job, picked again

    finished = (await http.get(f"/api/v1/imports/{job_id}")).json()
    assert finished["status"] == "succeeded"
    assert await count(db, Child, council) == 8
    assert await _stored_files(db) == 0


async def test_the_worker_picks_up_again_an_import_left_by_a_worker_that_stopped(
    sign_in_as: SignIn,
    db: AsyncSession,
    settings: Settings,
    owner_engine: AsyncEngine,
    empty_queue: None,
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    job_id = (await upload(http, sample_return(children=5, today=TODAY, seed=4))).json()["id"]
    async with owner_engine.begin() as connection:  # a worker took the job, then went silent
        taken = await connection.execute(
            text(
                "UPDATE pgqueuer.pgqueuer SET status = 'picked', "
                "heartbeat = NOW() - make_interval(secs => :age) WHERE entrypoint = :entrypoint"
            ),
            {"age": 2 * STALE_JOB_AFTER.total_seconds(), "entrypoint": IMPORT_ENTRYPOINT},
        )
        assert taken.rowcount == 1
    stop = asyncio.Event()
    worker = asyncio.create_task(run_worker(settings, stop=stop))

    status = "running"
    for _ in range(300):  # up to 30 s for the worker to pick it again and import it
        await asyncio.sleep(0.1)
        status = (await http.get(f"/api/v1/imports/{job_id}")).json()["status"]
        if status not in {"queued", "running"}:
            break
    stop.set()
    await asyncio.wait_for(worker, 20)

    assert status == "succeeded"
    assert await count(db, Child, council) == 5


@pytest.mark.parametrize(
    ("header", "line", "reason"),
    [
        (b"CHILD,SEX,DOB\nN\x001,1,01/02/2014\nN2,1,01/02/2014\n", 2, "CHILD 'N\\x001' is not"),
        (b"CHI\x00LD,SEX,DOB\nN2,1,01/02/2014\n", 1, "holds a control character"),
    ],
)
async def test_a_nul_byte_in_the_header_file_is_a_rejected_row_not_a_failed_job(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession, header: bytes, line: int, reason: str
) -> None:
    _, http = await admin_of_new_council(db, sign_in_as)
    episodes = b"CHILD,DECOM,LS,PLACE\nN2,01/03/2024,C2,U4\n"
    sample = SampleReturn(header=header, episodes=episodes, children=1, episode_count=1)

    body = await import_return(app, db, http, sample)

    assert body["status"] == "rejected", body["message"]
    first = body["errors"][0]
    assert (first["file"], first["line"]) == ("header_2026.csv", line)
    assert first["reason"].startswith(reason) or reason in first["reason"]
