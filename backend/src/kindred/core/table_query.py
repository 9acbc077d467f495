"""An exported table as a query: its name, header, ordered rows and how a row becomes cells.

Every screen that offers a download describes its table this way, and a whole-council export
writes the same tables. Rows come through a server-side cursor (`yield_per`), a batch at a time,
never the whole caseload in memory.
"""

from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.core.spreadsheets import Sheet

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
