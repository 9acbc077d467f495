"""An export's table as a query, run after the request has committed, a batch at a time.

The request's own transaction commits before its response is sent, so a streamed download
reads in a transaction of its own: read-only, one snapshot (repeatable read) for every table
it writes, and bound to the caller's council so row-level security still decides what it sees.
Rows come through a server-side cursor (`yield_per`), never the whole caseload in memory.
"""

import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import Row, Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.tenancy import bind_tenant
from kindred.core.database import Database
from kindred.core.spreadsheets import Sheet, SheetFormat, attachment, chunks

BATCH_ROWS = 500

AnyRow = Row[*tuple[Any, ...]]
AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class TableQuery:
    """One exported table: its name, header, ordered query and how a row becomes cells."""

    name: str
    header: Sequence[str]
    query: AnySelect
    cells: Callable[[AnyRow], Sequence[object]]

    def sheet(self, db: AsyncSession) -> Sheet:
        return Sheet(self.header, self._rows(db), self.name)

    async def _rows(self, db: AsyncSession) -> AsyncIterator[Sequence[object]]:
        result = await db.stream(self.query.execution_options(yield_per=BATCH_ROWS))
        async for row in result:
            yield self.cells(row)

    async def count(self, db: AsyncSession) -> int:
        """How many rows it holds now (for the audit event)."""
        subquery = self.query.order_by(None).subquery()
        return int(await db.scalar(select(func.count()).select_from(subquery)) or 0)


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
