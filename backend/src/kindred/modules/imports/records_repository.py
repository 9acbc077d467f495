"""The bulk SQL for the rows of a return's optional files (`ssda903_records`): COPY, then merge
by (child, kind, date, code) only where a row differs, so a re-import changes nothing."""

import json
import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.ssda903_child_files import ChildFile, ChildRecord
from kindred.models.ssda903_record import ImportChildFile
from kindred.modules.imports.repository import MergeCounts, counted, raw_connection

_COLUMNS = ("local_child_id", "kind", "recorded_on", "code", "details")


async def merge_records(
    db: AsyncSession, tenant_id: uuid.UUID, records: Sequence[ChildRecord]
) -> MergeCounts:
    """Create or update the records of children held (the import has merged its children). A
    value the row leaves empty keeps the one held: an older return imported again (or a later
    one that omits it) does not undo what was recorded."""
    if not records:
        return MergeCounts(0, 0, {})
    await db.execute(text("DROP TABLE IF EXISTS import_records"))
    await db.execute(
        text(
            "CREATE TEMP TABLE import_records (local_child_id text, kind text, recorded_on date, "
            "code text, details text) ON COMMIT DROP"
        )
    )
    rows = [(r.child, r.kind.value, r.on, r.code, json.dumps(r.details)) for r in records]
    connection = await raw_connection(db)
    await connection.copy_records_to_table("import_records", records=rows, columns=_COLUMNS)
    merged = await db.execute(
        text(
            """
            INSERT INTO ssda903_records AS r (tenant_id, child_id, kind, recorded_on, code, details)
            SELECT :tenant, c.id, i.kind, i.recorded_on, i.code, CAST(i.details AS jsonb)
            FROM import_records i
            JOIN children c ON c.tenant_id = :tenant AND c.local_child_id = i.local_child_id
            ON CONFLICT (tenant_id, child_id, kind, recorded_on, code) DO UPDATE SET
                details = r.details || jsonb_strip_nulls(EXCLUDED.details), updated_at = now()
            WHERE r.details IS DISTINCT FROM r.details || jsonb_strip_nulls(EXCLUDED.details)
            RETURNING r.child_id, (xmax = 0) AS created
            """
        ),
        {"tenant": tenant_id},
    )
    return counted(merged)


async def add_files(
    db: AsyncSession,
    tenant_id: uuid.UUID,
    import_id: uuid.UUID,
    files: Mapping[ChildFile, tuple[str, bytes]],
) -> None:
    db.add_all(
        ImportChildFile(
            tenant_id=tenant_id,
            import_id=import_id,
            kind=kind.value,
            filename=name,
            content=content,
        )
        for kind, (name, content) in files.items()
    )
    await db.flush()


async def files_of(db: AsyncSession, import_id: uuid.UUID) -> dict[ChildFile, tuple[str, bytes]]:
    stored = await db.scalars(select(ImportChildFile).where(ImportChildFile.import_id == import_id))
    return {ChildFile(file.kind): (file.filename, file.content) for file in stored}


async def drop_files(db: AsyncSession, import_id: uuid.UUID) -> None:
    await db.execute(delete(ImportChildFile).where(ImportChildFile.import_id == import_id))
