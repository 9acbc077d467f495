"""Uploading bulk load files in tests, and running the worker's steps for them directly."""

from datetime import date
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_user
from kindred.models.bulk_load import BulkLoad, BulkLoadFile
from kindred.models.organisation import Organisation
from kindred.models.user import Role
from kindred.modules.bulk_loads.job import BULK_LOAD_ENTRYPOINT, QueuedStep, run_queued_step

TODAY = date.today()
FIXTURES = Path(__file__).parent / "fixtures" / "bulk_loads"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


async def admin_of_new_council(
    db: AsyncSession, sign_in_as: SignIn
) -> tuple[Organisation, httpx.AsyncClient]:
    council = await create_organisation(db)
    admin = await create_user(db, council, role=Role.admin)
    return council, await sign_in_as(admin)


async def run_queued(app: FastAPI, db: AsyncSession) -> int:
    """Run every queued bulk load step, as a worker would; how many ran."""
    rows = (
        await db.execute(
            text("SELECT id, payload FROM pgqueuer.pgqueuer WHERE entrypoint = :entrypoint"),
            {"entrypoint": BULK_LOAD_ENTRYPOINT},
        )
    ).all()
    await db.execute(
        text("DELETE FROM pgqueuer.pgqueuer WHERE id = ANY(:ids)"), {"ids": [r.id for r in rows]}
    )
    await db.commit()
    for row in rows:
        await run_queued_step(app.state.database, QueuedStep.from_payload(row.payload), today=TODAY)
    return len(rows)


async def preview(
    app: FastAPI, db: AsyncSession, http: httpx.AsyncClient, kind: str, name: str, content: bytes
) -> dict[str, Any]:
    """Upload a file and run its preview; the previewed load."""
    response = await http.post(
        "/api/v1/bulk-loads", data={"kind": kind}, files={"file": (name, content)}
    )
    assert response.status_code == 202, response.text
    assert await run_queued(app, db) == 1
    found = await http.get(response.headers["location"])
    assert found.status_code == 200
    body: dict[str, Any] = found.json()
    return body


async def load(
    app: FastAPI, db: AsyncSession, http: httpx.AsyncClient, load_id: str, *, valid_rows_only: bool
) -> dict[str, Any]:
    """Ask for the load and run it; the finished load."""
    response = await http.post(
        f"/api/v1/bulk-loads/{load_id}/load", json={"valid_rows_only": valid_rows_only}
    )
    assert response.status_code == 202, response.text
    assert await run_queued(app, db) == 1
    body: dict[str, Any] = (await http.get(f"/api/v1/bulk-loads/{load_id}")).json()
    return body


async def preview_and_load(
    app: FastAPI, db: AsyncSession, http: httpx.AsyncClient, kind: str, name: str, content: bytes
) -> dict[str, Any]:
    previewed = await preview(app, db, http, kind, name, content)
    assert previewed["status"] == "previewed", previewed
    return await load(app, db, http, previewed["id"], valid_rows_only=False)


async def all_errors(http: httpx.AsyncClient, load_id: str) -> list[dict[str, Any]]:
    page = await http.get(f"/api/v1/bulk-loads/{load_id}/errors", params={"page_size": 200})
    assert page.status_code == 200
    items: list[dict[str, Any]] = page.json()["items"]
    return items


async def create_bulk_load(db: AsyncSession, council: Organisation) -> BulkLoad:
    """A previewed households load with no problems, made by a new admin of `council`."""
    admin = await create_user(db, council, role=Role.admin)
    load = BulkLoad(
        tenant_id=council.id,
        kind="households",
        status="previewed",
        filename="carers.csv",
        created_by=admin.id,
        counts={"preview": {"created": 1, "updated": 0, "unchanged": 0}},
        rows_total=1,
    )
    db.add(load)
    await db.flush()
    db.add(BulkLoadFile(tenant_id=council.id, load_id=load.id, content=b"x", actor_label="a"))
    await db.commit()
    return load
