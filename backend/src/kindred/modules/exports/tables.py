"""An export's table as a query, run after the request has committed, a batch at a time.

The request's own transaction commits before its response is sent, so a streamed download
reads in a transaction of its own: read-only, one snapshot (repeatable read) for every table
it writes, and bound to the caller's council so row-level security still decides what it sees.
"""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.tenancy import bind_tenant
from kindred.core.database import Database
from kindred.core.spreadsheets import SheetFormat, attachment, chunks
from kindred.core.table_query import TableQuery


@asynccontextmanager
async def council_snapshot(database: Database, tenant_id: uuid.UUID) -> AsyncIterator[AsyncSession]:
    """A read-only transaction on one snapshot that sees only this council's rows."""
    async with database.sessions() as db:
        await db.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        await bind_tenant(db, tenant_id)
        yield db


def streamed_download(
    database: Database,
    tenant_id: uuid.UUID,
    table: TableQuery,
    sheet_format: SheetFormat,
    *,
    today: date,
) -> StreamingResponse:
    """The table as a CSV or XLSX attachment named after it, read as it is sent."""

    async def body() -> AsyncIterator[bytes]:
        async with council_snapshot(database, tenant_id) as db:
            async for chunk in chunks(table.sheet(db), sheet_format):
                yield chunk

    return attachment(body(), sheet_format, table.name, today)


def app_database(request: Request) -> Database:
    return request.app.state.database  # type: ignore[no-any-return]


AppDatabase = Annotated[Database, Depends(app_database)]
"""The app's database, for work that outlives the request's own transaction."""
