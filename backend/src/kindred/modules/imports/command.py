"""`kindred import-903`: import a return from the command line, with a progress bar.

It runs as the application role bound to the council, exactly as an upload does, so
row-level security scopes every query to that council.
"""

import asyncio
import json
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from sqlalchemy import select, text

from kindred.auth.tenancy import bind_tenant
from kindred.core.database import APP_ROLE
from kindred.core.errors import InvalidInput
from kindred.domain.ssda903_child_files import ChildFile
from kindred.models.import_job import ImportJob, ImportStatus
from kindred.models.organisation import Organisation, OrganisationKind, Team
from kindred.modules.imports.reports import read_job
from kindred.modules.imports.service import (
    Importer,
    ReturnFiles,
    add_job,
    run_ssda903_import,
)
from kindred.seed.owner_session import owner_session

SHOWN_ERRORS = 50


class CommandError(Exception):
    """A problem to print in one line (exit status 1)."""


async def _import(
    url: str,
    files: ReturnFiles,
    *,
    council: str,
    team: str | None,
    valid_rows_only: bool,
    dry_run: bool,
    today: date,
    bar: Progress,
) -> ImportJob:
    tasks: dict[str, TaskID] = {}

    async def progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=max(total, 1))
        bar.update(tasks[stage], completed=done if total else 1, total=max(total, 1))

    async with owner_session(url) as db:
        found = await db.scalar(
            select(Organisation.id).where(
                Organisation.slug == council, Organisation.kind == OrganisationKind.council
            )
        )
        if found is None:
            raise CommandError(f"There is no council with the slug {council!r}.")
        # From here on act as the app: row-level security keeps every query to this council.
        await db.execute(text(f"SET LOCAL ROLE {APP_ROLE}"))
        await bind_tenant(db, found)
        team_id: uuid.UUID | None = None
        if team is not None:
            team_id = await db.scalar(select(Team.id).where(Team.name == team))
            if team_id is None:
                raise CommandError(f"The council has no team named {team!r}.")
        importer = Importer(found, None, "kindred import-903 (command line)")
        job = await add_job(
            db,
            importer,
            files,
            valid_rows_only=valid_rows_only,
            status=ImportStatus.running,
            dry_run=dry_run,
        )
        try:
            return await run_ssda903_import(
                db,
                job,
                files,
                importer=importer,
                today=today,
                team_id=team_id,
                progress=progress,
            )
        except InvalidInput as error:
            raise CommandError(error.detail) from None


def _child_files(also: Sequence[str]) -> dict[ChildFile, tuple[str, bytes]]:
    """`--also KIND=PATH` options read: the optional files by kind."""
    files: dict[ChildFile, tuple[str, bytes]] = {}
    for option in also:
        kind, _, path = option.partition("=")
        if kind.strip().lower() not in set(ChildFile) or not path:
            kinds = ", ".join(ChildFile)
            raise CommandError(f"--also {option!r}: expected KIND=PATH, KIND one of {kinds}.")
        file = Path(path)
        files[ChildFile(kind.strip().lower())] = (file.name, file.read_bytes())
    return files


def run_import_command(
    header: Path,
    episodes: Path,
    *,
    url: str,
    council: str,
    team: str | None,
    valid_rows_only: bool,
    report: Path | None,
    today: date,
    dry_run: bool = False,
    also: Sequence[str] = (),
) -> int:
    """Import (or preview), print a summary and the rejected rows; the exit status (0 imported
    or previewed, 1 not)."""
    console = Console(stderr=False, highlight=False)
    try:
        child_files = _child_files(also)
        files = ReturnFiles(
            header.read_bytes(), episodes.read_bytes(), header.name, episodes.name, child_files
        )
    except OSError as error:
        console.print(f"kindred: cannot read {error.filename}: {error.strerror}")
        return 1
    except CommandError as error:
        console.print(f"kindred: {error}")
        return 1
    columns = (
        TextColumn("{task.description:<28}"),
        BarColumn(),
        TextColumn("{task.completed:,}/{task.total:,}"),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=console, transient=False) as bar:
            job = asyncio.run(
                _import(
                    url,
                    files,
                    council=council,
                    team=team,
                    valid_rows_only=valid_rows_only,
                    dry_run=dry_run,
                    today=today,
                    bar=bar,
                )
            )
    except CommandError as error:
        console.print(f"kindred: {error}")
        return 1
    result = read_job(job)
    if report is not None:
        report.write_text(result.model_dump_json(indent=2), encoding="utf-8")
    for line in result.errors[:SHOWN_ERRORS]:
        console.print(f"  {line.file}:{line.line}: {line.reason}")
    if len(result.errors) > SHOWN_ERRORS:
        more = len(result.errors) - SHOWN_ERRORS
        console.print(f"  … and {more:,} more (use --report FILE for all of them)")
    if result.warnings:
        first = result.warnings[0]
        rule = f" (DfE rule {first.rule})" if first.rule else ""
        console.print(
            f"{len(result.warnings):,} warning(s), e.g. {first.file}:{first.line}: "
            f"{first.reason}{rule}"
        )
    if result.status == ImportStatus.rejected:
        console.print(
            f"Nothing imported: {result.rows_rejected:,} of {result.rows_total:,} rows were "
            "rejected. Fix them, or run again with --valid-rows-only."
        )
        return 1
    counts = result.counts
    assert counts is not None
    done = "Preview (nothing written): would import" if result.dry_run else "Imported"
    console.print(
        f"{done} {result.rows_total - result.rows_rejected:,} of {result.rows_total:,} rows "
        f"in {counts.duration_ms / 1000:.1f} s: children {counts.children_created:,} new, "
        f"{counts.children_updated:,} updated, {counts.children_unchanged:,} unchanged; "
        f"episodes {counts.episodes_created:,} new, {counts.episodes_updated:,} updated, "
        f"{counts.episodes_unchanged:,} unchanged; records of the other files "
        f"{counts.records_created:,} new, {counts.records_updated:,} updated, "
        f"{counts.records_unchanged:,} unchanged."
    )
    console.print(json.dumps({"import_id": str(result.id), "status": result.status}))
    return 0
