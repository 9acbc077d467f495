"""Uploading an SSDA903 return in tests, and running the worker's job for it directly."""

from datetime import date
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_team, create_user
from kindred.models.child import Child
from kindred.models.organisation import Organisation
from kindred.models.placement import Placement
from kindred.models.user import Role
from kindred.modules.imports.queue import IMPORT_ENTRYPOINT, QueuedImport, run_queued_import
from kindred.seed.ssda903_samples import SampleReturn

TODAY = date.today()


async def admin_of_new_council(
    db: AsyncSession, sign_in_as: SignIn, *, with_team: bool = True
) -> tuple[Organisation, httpx.AsyncClient]:
    council = await create_organisation(db)
    if with_team:
        await create_team(db, council, name="Looked After Children")
    admin = await create_user(db, council, role=Role.admin)
    return council, await sign_in_as(admin)


async def upload(
    http: httpx.AsyncClient, sample: SampleReturn, *, year: int = 2026, **form: str
) -> httpx.Response:
    return await http.post(
        "/api/v1/imports/ssda903",
        files={
            "header": (f"header_{year}.csv", sample.header, "text/csv"),
            "episodes": (f"episodes_{year}.csv", sample.episodes, "text/csv"),
        },
        data=form,
    )


async def queued_import(db: AsyncSession, import_id: str) -> QueuedImport:
    """The worker job the upload enqueued (taken off the queue, as a worker would)."""
    rows = await db.execute(
        text("SELECT id, payload FROM pgqueuer.pgqueuer WHERE entrypoint = :entrypoint"),
        {"entrypoint": IMPORT_ENTRYPOINT},
    )
    found = {row.id: QueuedImport.from_payload(row.payload) for row in rows}
    [(queue_id, queued)] = [(k, v) for k, v in found.items() if str(v.import_id) == import_id]
    await db.execute(text("DELETE FROM pgqueuer.pgqueuer WHERE id = :id"), {"id": queue_id})
    await db.commit()
    return queued


async def run_job(app: FastAPI, db: AsyncSession, import_id: str) -> None:
    await run_queued_import(app.state.database, await queued_import(db, import_id), today=TODAY)


async def import_return(
    app: FastAPI,
    db: AsyncSession,
    http: httpx.AsyncClient,
    sample: SampleReturn,
    *,
    year: int = 2026,
    **form: str,
) -> dict[str, Any]:
    """Upload, run the worker's job, and read the finished job where the upload said it is."""
    response = await upload(http, sample, year=year, **form)
    assert response.status_code == 202, response.text
    await run_job(app, db, response.json()["id"])
    finished = await http.get(response.headers["location"])
    assert finished.status_code == 200
    body: dict[str, Any] = finished.json()
    return body


async def count(db: AsyncSession, model: type[Child | Placement], council: Organisation) -> int:
    query = select(func.count()).select_from(model).where(model.tenant_id == council.id)
    return int(await db.scalar(query) or 0)
