"""Import an SSDA903 return: check every row, then create or update children and episodes.

One run is all-or-nothing by default: a single rejected row and nothing is written, with every
rejected row reported. With `valid_rows_only` the good rows are imported and the bad ones
reported. Warnings (what breaks a DfE rule) never stop an import. A preview (`dry_run`) runs to
the end inside a savepoint and rolls it back, so its counts are exactly what an import would do.
The same files imported twice change nothing. The command line (in its own process) and the worker
(for an upload, `modules.imports.queue`) both run `run_ssda903_import`.
"""

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.core.clock import current_time
from kindred.core.errors import FieldError, InvalidInput
from kindred.core.request_context import current_request_id
from kindred.domain.placements import distance_between
from kindred.domain.ssda903_child_files import ChildFile
from kindred.domain.ssda903_codes import code_lists
from kindred.domain.ssda903_csv import printable
from kindred.domain.ssda903_import import ParsedReturn, read_return
from kindred.domain.ssda903_rows import EpisodeRow, RowError
from kindred.models.import_job import ImportJob, ImportStatus
from kindred.modules.imports import records_repository, repository
from kindred.modules.imports.episodes_held import follow_held_episodes
from kindred.modules.placements.api import PlacedPostcode, place_postcodes

Progress = Callable[[str, int, int], Awaitable[None]]
"""(what is happening, done, out of): the command line draws a bar from it, the worker writes
it to the job."""


async def _no_progress(_: str, __: int, ___: int) -> None:
    return None


@dataclass(frozen=True, slots=True)
class ReturnFiles:
    header: bytes
    episodes: bytes
    header_name: str = "header.csv"
    episodes_name: str = "episodes.csv"
    child_files: Mapping[ChildFile, tuple[str, bytes]] = field(default_factory=dict)
    """The optional files present (UASC, Reviews, …): kind → file name and content."""


@dataclass(frozen=True, slots=True)
class Importer:
    """Who runs the import, for the job and the audit log (no user: the command line)."""

    tenant_id: uuid.UUID
    user_id: uuid.UUID | None
    label: str


class NoTeamForNewChildren(InvalidInput):
    title = "Children new to Kindred need a team"


def _safe_name(name: str) -> str:
    """A file name as sent, without control characters (NUL cannot be stored), bounded."""
    return "".join(ch for ch in name if ch.isprintable())[:200] or "unnamed.csv"


def _line(error: RowError) -> dict[str, Any]:
    """A report line; every text made printable, as PostgreSQL's JSON cannot hold a NUL."""
    return {
        "file": printable(error.file),
        "line": error.line,
        "child": printable(error.child) if error.child is not None else None,
        "column": error.column,
        "rule": error.rule,
        "reason": printable(error.reason),
    }


def _postcode_fields(placed: PlacedPostcode | None) -> tuple[Any, ...]:
    if placed is None:
        return (None, None, None, None)
    place = placed.place
    return (
        placed.text,
        placed.precision.value,
        place.easting if place else None,
        place.northing if place else None,
    )


def _episode_record(
    episode: EpisodeRow, placed: dict[str, PlacedPostcode]
) -> tuple[tuple[Any, ...], list[tuple[str, str]]]:
    home = placed.get(episode.home_postcode or "")
    where = placed.get(episode.placement_postcode or "")
    distance = distance_between(home.place if home else None, where.place if where else None)
    warnings = [
        (
            column,
            f"{column} {found.text!r} could not be placed, so the distance from home is unknown",
        )
        for column, found in (("HOME_POST", home), ("PL_POST", where))
        if found is not None and found.place is None
    ]
    record = (
        episode.line,
        episode.child,
        episode.start,
        episode.end,
        episode.placement_type,
        episode.provider,
        episode.legal_status,
        episode.reason_new_episode,
        episode.category_of_need,
        episode.reason_ceased,
        episode.reason_for_change,
        episode.urn,
        *_postcode_fields(home),
        *_postcode_fields(where),
        distance.metres if distance else None,
    )
    return record, warnings


async def check_team(db: AsyncSession, team_id: uuid.UUID) -> None:
    """The team chosen for children new to Kindred is one of the council's."""
    if not await repository.team_exists(db, team_id):
        raise NoTeamForNewChildren(
            "Choose one of the council's teams for children new to Kindred.",
            errors=[FieldError(field="team_id", message="No such team in this council.")],
        )


async def _team_for_new_children(
    db: AsyncSession, team_id: uuid.UUID | None, needed: bool
) -> uuid.UUID:
    if team_id is not None:
        await check_team(db, team_id)
        return team_id
    found = await repository.default_team(db)
    if found is None and needed:
        raise NoTeamForNewChildren(
            "The return has children Kindred does not hold yet, and the council has no team "
            "to put them in. Create a team first."
        )
    return found or uuid.UUID(int=0)


async def add_job(
    db: AsyncSession,
    importer: Importer,
    files: ReturnFiles,
    *,
    valid_rows_only: bool,
    status: ImportStatus,
    dry_run: bool = False,
) -> ImportJob:
    """The job for an import about to run (`running`) or to be run by the worker (`queued`)."""
    job = ImportJob(
        tenant_id=importer.tenant_id,
        kind="ssda903",
        status=status,
        valid_rows_only=valid_rows_only,
        dry_run=dry_run,
        header_filename=_safe_name(files.header_name),
        episodes_filename=_safe_name(files.episodes_name),
        created_by=importer.user_id,
    )
    await repository.add_job(db, job)
    return job


async def run_ssda903_import(
    db: AsyncSession,
    job: ImportJob,
    files: ReturnFiles,
    *,
    importer: Importer,
    today: date,
    team_id: uuid.UUID | None = None,
    progress: Progress = _no_progress,
) -> ImportJob:
    """Check and import a return in the caller's transaction; the job row holds the outcome and
    the full report."""
    started = time.perf_counter()
    valid_rows_only = job.valid_rows_only or job.dry_run
    files = replace(files, header_name=job.header_filename, episodes_name=job.episodes_filename)
    known = await repository.local_ids(db)
    await progress("Reading and checking rows", 0, 1)
    child_files = {
        kind: (_safe_name(name), data) for kind, (name, data) in files.child_files.items()
    }
    parsed = await asyncio.to_thread(
        read_return,
        files.header,
        files.episodes,
        today=today,
        header_file=files.header_name,
        episodes_file=files.episodes_name,
        known_children=known,
        child_files=child_files,
    )
    job.rows_total = parsed.rows
    await progress("Reading and checking rows", parsed.rows, parsed.rows)
    errors = list(parsed.errors)
    if errors and not valid_rows_only:
        return _finish(job, ImportStatus.rejected, parsed, errors, parsed.warnings, None)
    children, episodes = parsed.children, parsed.episodes
    new_children = any(child.child not in known for child in children)
    team = await _team_for_new_children(db, team_id, new_children)
    records, warnings = await _placed_records(parsed, progress)
    child_records = [(c.child, c.sex, c.date_of_birth, c.ethnicity, c.upn) for c in children]
    if job.dry_run:
        await repository.savepoint(db)
    await progress("Writing", 0, len(child_records) + len(records))
    await repository.load_rows(db, child_records, records)
    await repository.keep_later_endings(db, importer.tenant_id, parsed.as_at)
    closed = await repository.close_held_open_episodes(db, importer.tenant_id)
    warnings += _closed_warnings(closed, episodes, files)
    clashes = await repository.clashes_with_held_episodes(db, importer.tenant_id)
    if clashes:
        errors = _with_clashes(errors, clashes, episodes, files)
        if not valid_rows_only:
            return _finish(job, ImportStatus.rejected, parsed, errors, warnings, None)
        await repository.drop_episode_lines(db, [clash.line for clash in clashes])
    merged_children = await repository.merge_children(db, importer.tenant_id, team)
    await progress("Writing", len(child_records), len(child_records) + len(records))
    merged_episodes = await repository.merge_episodes(db, importer.tenant_id)
    merged_records = await records_repository.merge_records(db, importer.tenant_id, parsed.records)
    followed = await follow_held_episodes(db, importer.tenant_id, today)
    unreasoned = _unreasoned_moves(followed.moves_without_reason, episodes, files)
    warnings = _in_file_order(warnings + unreasoned)
    await progress("Writing", len(child_records) + len(records), len(child_records) + len(records))
    held_changes = followed.statuses_changed | {episode.child_id for episode in closed}
    changed = dict.fromkeys(held_changes, False) | merged_episodes.changed_children
    changed |= merged_records.changed_children | merged_children.changed_children
    await repository.audit_children(
        db,
        tenant_id=importer.tenant_id,
        user_id=importer.user_id,
        label=importer.label,
        request_id=current_request_id(),
        import_id=job.id,
        changed=changed,
    )
    if job.dry_run:
        await repository.undo_since_savepoint(db)
    imported_episodes = len(records) - len(clashes)
    counts = {
        "children_created": merged_children.created,
        "children_updated": merged_children.updated,
        "children_unchanged": len(children) - merged_children.created - merged_children.updated,
        "episodes_created": merged_episodes.created,
        "episodes_updated": merged_episodes.updated + len(closed),
        "episodes_unchanged": imported_episodes - merged_episodes.created - merged_episodes.updated,
        "children_status_changed": len(followed.statuses_changed),
        "records_created": merged_records.created,
        "records_updated": merged_records.updated,
        "records_unchanged": len(parsed.records) - merged_records.created - merged_records.updated,
        "duration_ms": round((time.perf_counter() - started) * 1000),
    }
    return _finish(job, ImportStatus.succeeded, parsed, errors, warnings, counts)


async def _placed_records(
    parsed: ParsedReturn, progress: Progress
) -> tuple[list[tuple[Any, ...]], list[RowError]]:
    """The episodes as rows to COPY, postcodes placed; the file's warnings and the postcodes'."""
    episodes = parsed.episodes
    texts = {text for e in episodes for text in (e.home_postcode, e.placement_postcode) if text}
    await progress("Placing postcodes", 0, len(texts))
    placed = await asyncio.to_thread(place_postcodes, sorted(texts))
    await progress("Placing postcodes", len(texts), len(texts))
    records: list[tuple[Any, ...]] = []
    warnings = list(parsed.warnings)
    for episode in episodes:
        record, notes = _episode_record(episode, placed)
        records.append(record)
        warnings += [
            RowError(parsed.episodes_file, episode.line, note, episode.child, column)
            for column, note in notes
        ]
    return records, warnings


def _in_file_order(lines: list[RowError]) -> list[RowError]:
    files = {name: index for index, name in enumerate(dict.fromkeys(line.file for line in lines))}
    return sorted(lines, key=lambda line: (files[line.file], line.line))


def _with_clashes(
    errors: list[RowError],
    clashes: list[repository.ExistingClash],
    episodes: list[EpisodeRow],
    files: ReturnFiles,
) -> list[RowError]:
    by_line = {episode.line: episode.child for episode in episodes}
    found = [
        RowError(
            files.episodes_name,
            clash.line,
            "the episode overlaps the child's episode already held from "
            f"{clash.start:%d/%m/%Y} to "
            + (f"{clash.end:%d/%m/%Y}" if clash.end else "now (no end date)"),
            by_line.get(clash.line),
            "DECOM",
        )
        for clash in clashes
    ]
    return _in_file_order(errors + found)


def _closed_warnings(
    closed: list[repository.ClosedEpisode], episodes: list[EpisodeRow], files: ReturnFiles
) -> list[RowError]:
    by_line = {episode.line: episode.child for episode in episodes}
    return [
        RowError(
            files.episodes_name,
            episode.line,
            f"the child's episode held from {episode.start:%d/%m/%Y} had no DEC; it is taken to "
            f"end on {episode.end:%d/%m/%Y}, when this one begins",
            by_line.get(episode.line),
            "DECOM",
        )
        for episode in closed
    ]


def _unreasoned_moves(
    unreasoned: list[tuple[str, date]], episodes: list[EpisodeRow], files: ReturnFiles
) -> list[RowError]:
    """Rule 225 for the episodes of this return that ended with a move but give no reason."""
    line_of = {(episode.child, episode.start): episode.line for episode in episodes}
    rule = f"225: {code_lists().rule('225')}"
    return [
        RowError(
            files.episodes_name,
            line_of[key],
            "REASON_PLACE_CHANGE is empty, but the child moved placement when this episode ended",
            key[0],
            "REASON_PLACE_CHANGE",
            rule,
        )
        for key in unreasoned
        if key in line_of
    ]


def _finish(
    job: ImportJob,
    status: ImportStatus,
    parsed: ParsedReturn,
    errors: list[RowError],
    warnings: list[RowError],
    counts: dict[str, int] | None,
) -> ImportJob:
    job.status = status
    job.rows_processed = parsed.rows
    job.rows_rejected = len({(error.file, error.line) for error in errors})
    job.counts = counts or {}
    job.report = {
        "errors": [_line(error) for error in errors],
        "warnings": [_line(warning) for warning in warnings],
    }
    job.finished_at = current_time()
    return job
