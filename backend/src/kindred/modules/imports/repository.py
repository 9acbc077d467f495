"""The bulk SQL of an SSDA903 import: COPY into temporary tables, check, then merge.

Everything runs in the caller's transaction. Children are merged on (tenant, local id) and
episodes on (tenant, child, start date) with `INSERT … ON CONFLICT DO UPDATE … WHERE the row
differs`, so importing the same files twice changes nothing (no version bump, no new row).
"""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.audit import ChangedRecord
from kindred.models.child import Child
from kindred.models.import_job import ImportFiles, ImportJob, ImportStatus
from kindred.models.organisation import Team

CHILD_COLUMNS = ("local_child_id", "sex", "date_of_birth", "ethnicity", "upn")
EPISODE_COLUMNS = (
    "line",
    "local_child_id",
    "start_date",
    "end_date",
    "placement_type",
    "provider",
    "legal_status",
    "reason_new_episode",
    "category_of_need",
    "reason_ceased",
    "reason_for_change",
    "urn",
    "home_postcode",
    "home_precision",
    "home_easting",
    "home_northing",
    "placement_postcode",
    "placement_precision",
    "placement_easting",
    "placement_northing",
    "distance_m",
)
_MERGED = [column for column in EPISODE_COLUMNS if column not in ("line", "local_child_id")]

_CREATE_TEMP = [
    "DROP TABLE IF EXISTS import_children",
    "DROP TABLE IF EXISTS import_episodes",
    """CREATE TEMP TABLE import_children (
        local_child_id text PRIMARY KEY, sex text, date_of_birth date, ethnicity text, upn text
    ) ON COMMIT DROP""",
    """CREATE TEMP TABLE import_episodes (
        line int PRIMARY KEY, local_child_id text, start_date date, end_date date,
        placement_type text, provider text, legal_status text, reason_new_episode text,
        category_of_need text, reason_ceased text, reason_for_change text, urn text,
        home_postcode text, home_precision text, home_easting float8, home_northing float8,
        placement_postcode text,
        placement_precision text, placement_easting float8, placement_northing float8,
        distance_m int
    ) ON COMMIT DROP""",
]


@dataclass(frozen=True, slots=True)
class ExistingClash:
    line: int
    start: date
    end: date | None


@dataclass(frozen=True, slots=True)
class MergeCounts:
    created: int
    updated: int
    changed_children: dict[uuid.UUID, bool]
    """Child id → True when the child was created by this import."""


async def raw_connection(db: AsyncSession) -> Any:
    connection = (await (await db.connection()).get_raw_connection()).driver_connection
    assert connection is not None
    return connection


async def local_ids(db: AsyncSession) -> set[str]:
    """Every local child id the council holds (row-level security scopes it)."""
    return set(await db.scalars(select(Child.local_child_id)))


async def default_team(db: AsyncSession) -> uuid.UUID | None:
    return await db.scalar(select(Team.id).order_by(Team.name).limit(1))


async def team_exists(db: AsyncSession, team_id: uuid.UUID) -> bool:
    return (await db.scalar(select(Team.id).where(Team.id == team_id))) is not None


async def load_rows(
    db: AsyncSession, children: Sequence[tuple[Any, ...]], episodes: Sequence[tuple[Any, ...]]
) -> None:
    """COPY the rows to import into this transaction's temporary tables."""
    for statement in _CREATE_TEMP:
        await db.execute(text(statement))
    connection = await raw_connection(db)
    await connection.copy_records_to_table(
        "import_children", records=children, columns=CHILD_COLUMNS
    )
    await connection.copy_records_to_table(
        "import_episodes", records=episodes, columns=EPISODE_COLUMNS
    )
    await db.execute(text("CREATE INDEX ON import_episodes (local_child_id, start_date)"))
    await db.execute(text("ANALYZE import_children"))
    await db.execute(text("ANALYZE import_episodes"))


async def keep_later_endings(db: AsyncSession, tenant_id: uuid.UUID, as_at: date | None) -> None:
    """An episode open in the return but held as ended after the return's last date ended
    after the return was made (a later return said so): keep its ending, so importing an
    older return again does not undo what a newer one recorded."""
    if as_at is None:
        return
    await db.execute(
        text(
            """
            UPDATE import_episodes e
            SET end_date = p.end_date, reason_ceased = p.reason_ceased,
                reason_for_change = p.reason_for_change
            FROM children c
            JOIN placements p ON p.tenant_id = :tenant AND p.child_id = c.id
            WHERE c.tenant_id = :tenant AND c.local_child_id = e.local_child_id
              AND p.start_date = e.start_date AND e.end_date IS NULL AND p.end_date > :as_at
            """
        ),
        {"tenant": tenant_id, "as_at": as_at},
    )


@dataclass(frozen=True, slots=True)
class ClosedEpisode:
    child_id: uuid.UUID
    line: int
    """The return's line whose episode follows it."""
    start: date
    end: date


async def close_held_open_episodes(db: AsyncSession, tenant_id: uuid.UUID) -> list[ClosedEpisode]:
    """An episode held with no end that a later episode in the return follows (and that the
    return does not state again) ended, evidently, when the later one began: end it then, as
    the import does inside one file. A return of a year skipped in between needs this."""
    rows = await db.execute(
        text(
            """
            WITH closing AS (
                SELECT DISTINCT ON (p.id) p.id, e.line, e.start_date AS ends
                FROM import_episodes e
                JOIN children c ON c.tenant_id = :tenant AND c.local_child_id = e.local_child_id
                JOIN placements p ON p.tenant_id = :tenant AND p.child_id = c.id
                WHERE p.end_date IS NULL AND p.start_date < e.start_date
                  AND NOT EXISTS (
                      SELECT 1 FROM import_episodes same
                      WHERE same.local_child_id = e.local_child_id
                        AND same.start_date = p.start_date
                  )
                ORDER BY p.id, e.start_date
            )
            UPDATE placements p
            SET end_date = closing.ends, version = p.version + 1, updated_at = now()
            FROM closing WHERE p.id = closing.id
            RETURNING p.child_id, closing.line, p.start_date, p.end_date
            """
        ),
        {"tenant": tenant_id},
    )
    return [ClosedEpisode(row.child_id, row.line, row.start_date, row.end_date) for row in rows]


async def clashes_with_held_episodes(db: AsyncSession, tenant_id: uuid.UUID) -> list[ExistingClash]:
    """Episodes in the file that share a day with an episode the council already holds for the
    child and that the file does not replace (same child and start date)."""
    rows = await db.execute(
        text(
            """
            SELECT DISTINCT ON (e.line) e.line, p.start_date, p.end_date
            FROM import_episodes e
            JOIN children c ON c.tenant_id = :tenant AND c.local_child_id = e.local_child_id
            JOIN placements p ON p.tenant_id = :tenant AND p.child_id = c.id
            WHERE p.start_date <> e.start_date
              AND NOT EXISTS (
                  SELECT 1 FROM import_episodes same
                  WHERE same.local_child_id = e.local_child_id AND same.start_date = p.start_date
              )
              AND daterange(e.start_date, e.end_date, '[)')
                  && daterange(p.start_date, p.end_date, '[)')
            ORDER BY e.line, p.start_date
            """
        ),
        {"tenant": tenant_id},
    )
    return [ExistingClash(row.line, row.start_date, row.end_date) for row in rows]


async def drop_episode_lines(db: AsyncSession, lines: Sequence[int]) -> None:
    if lines:
        await db.execute(
            text("DELETE FROM import_episodes WHERE line = ANY(:lines)"), {"lines": list(lines)}
        )


async def merge_children(db: AsyncSession, tenant_id: uuid.UUID, team_id: uuid.UUID) -> MergeCounts:
    """Create new children (named by their local id, in `team_id`); update the SSDA903 facts of
    those already held only where they differ."""
    rows = await db.execute(
        text(
            """
            INSERT INTO children AS c (
                tenant_id, local_child_id, given_name, family_name, date_of_birth, sex,
                ethnicity, upn, care_status, team_id
            )
            SELECT :tenant, i.local_child_id, 'Child', i.local_child_id, i.date_of_birth, i.sex,
                   i.ethnicity, i.upn, 'in_care', :team
            FROM import_children i
            ON CONFLICT (tenant_id, local_child_id) DO UPDATE SET
                date_of_birth = EXCLUDED.date_of_birth,
                sex = EXCLUDED.sex,
                ethnicity = COALESCE(EXCLUDED.ethnicity, c.ethnicity),
                upn = COALESCE(EXCLUDED.upn, c.upn),
                version = c.version + 1,
                updated_at = now()
            WHERE (c.date_of_birth, c.sex, c.ethnicity, c.upn) IS DISTINCT FROM (
                EXCLUDED.date_of_birth, EXCLUDED.sex,
                COALESCE(EXCLUDED.ethnicity, c.ethnicity), COALESCE(EXCLUDED.upn, c.upn)
            )
            RETURNING c.id, (xmax = 0) AS created
            """
        ),
        {"tenant": tenant_id, "team": team_id},
    )
    changed = {row.id: bool(row.created) for row in rows}
    created = sum(changed.values())
    return MergeCounts(created, len(changed) - created, changed)


def counted(rows: Iterable[Any]) -> MergeCounts:
    """Rows created and updated by a merge `RETURNING child_id, (xmax = 0) AS created`."""
    changed: dict[uuid.UUID, bool] = {}
    created = updated = 0
    for row in rows:
        changed[row.child_id] = False
        created += bool(row.created)
        updated += not row.created
    return MergeCounts(created, updated, changed)


async def merge_episodes(db: AsyncSession, tenant_id: uuid.UUID) -> MergeCounts:
    """Create or update episodes by (child, start date), only where they differ."""
    columns = ", ".join(_MERGED)
    updates = ",\n".join(f"{name} = EXCLUDED.{name}" for name in _MERGED if name != "start_date")
    # Whether an episode ended with a move is decided afterwards over every file held
    # (`care_status.moves`); an episode that is open again cannot have.
    updates += ",\nended_with_move = p.ended_with_move AND EXCLUDED.end_date IS NOT NULL"
    old = ", ".join(f"p.{name}" for name in _MERGED)
    new = ", ".join(f"EXCLUDED.{name}" for name in _MERGED)
    await db.execute(text("SET CONSTRAINTS ex_placements_no_overlap DEFERRED"))
    rows = await db.execute(
        text(
            f"""
            INSERT INTO placements AS p (tenant_id, child_id, source, {columns})
            SELECT :tenant, c.id, 'ssda903', {", ".join(f"e.{name}" for name in _MERGED)}
            FROM import_episodes e
            JOIN children c ON c.tenant_id = :tenant AND c.local_child_id = e.local_child_id
            ON CONFLICT (tenant_id, child_id, start_date) DO UPDATE SET
                {updates},
                version = p.version + 1,
                updated_at = now()
            WHERE ({old}) IS DISTINCT FROM ({new})
            RETURNING p.child_id, (xmax = 0) AS created
            """  # noqa: S608 - column names are constants of this module
        ),
        {"tenant": tenant_id},
    )
    counts = counted(rows)
    # Checked now rather than at commit, so a clash is an error of this import.
    await db.execute(text("SET CONSTRAINTS ex_placements_no_overlap IMMEDIATE"))
    return counts


async def savepoint(db: AsyncSession) -> None:
    """Mark where a preview's writes begin (SQL, so the session's objects stay as they are)."""
    await db.execute(text("SAVEPOINT import_preview"))


async def undo_since_savepoint(db: AsyncSession) -> None:
    await db.execute(text("ROLLBACK TO SAVEPOINT import_preview"))


async def audit_children(
    db: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    user_id: uuid.UUID | None,
    label: str,
    request_id: str | None,
    import_id: uuid.UUID,
    changed: dict[uuid.UUID, bool],
) -> None:
    """One audit event per child the import created or changed, in one statement."""
    await audit.record_changes(
        db,
        tenant_id=tenant_id,
        user_id=user_id,
        label=label,
        request_id=request_id,
        resource_type="child",
        changed=[ChangedRecord(child, created, child) for child, created in changed.items()],
        details={"source": "ssda903", "import_id": str(import_id)},
    )


async def add_job(db: AsyncSession, job: ImportJob) -> None:
    db.add(job)
    await db.flush()
    await db.refresh(job)


async def get_job(db: AsyncSession, job_id: uuid.UUID) -> ImportJob | None:
    return await db.scalar(select(ImportJob).where(ImportJob.id == job_id))


async def list_jobs(db: AsyncSession, limit: int) -> list[ImportJob]:
    rows = await db.scalars(select(ImportJob).order_by(ImportJob.created_at.desc()).limit(limit))
    return list(rows)


async def add_files(db: AsyncSession, files: ImportFiles) -> None:
    db.add(files)
    await db.flush()


async def lock_job(db: AsyncSession, job_id: uuid.UUID) -> bool:
    """Hold the job for this transaction, or False when another worker holds it. An advisory
    lock rather than a row lock, so progress can still be written to the job's row."""
    locked = await db.scalar(
        select(func.pg_try_advisory_xact_lock(func.hashtextextended(str(job_id), 0)))
    )
    return bool(locked)


async def files_of(db: AsyncSession, job_id: uuid.UUID) -> ImportFiles | None:
    return await db.get(ImportFiles, job_id)


async def drop_files(db: AsyncSession, job_id: uuid.UUID) -> None:
    await db.execute(delete(ImportFiles).where(ImportFiles.import_id == job_id))


async def record_progress(
    db: AsyncSession, job_id: uuid.UUID, *, stage: str, done: int, total: int
) -> None:
    await db.execute(
        update(ImportJob)
        .where(ImportJob.id == job_id, ImportJob.finished_at.is_(None))
        .values(status=ImportStatus.running, stage=stage, rows_processed=done, rows_total=total)
    )


async def mark_failed(db: AsyncSession, job_id: uuid.UUID, message: str) -> None:
    await db.execute(
        update(ImportJob)
        .where(ImportJob.id == job_id, ImportJob.finished_at.is_(None))
        .values(status=ImportStatus.failed, report={"message": message}, finished_at=func.now())
    )
