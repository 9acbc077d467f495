"""The `kindred` command: serve the app, manage the database, load demo data."""

import asyncio
import contextlib
import json
import os
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from pydantic import ValidationError

from kindred.core import migrations
from kindred.core.app_login import provision_app_login
from kindred.core.clock import current_time
from kindred.core.embedded_postgres import start_embedded_postgres
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role
from kindred.settings import Settings, describe_settings_error

app = typer.Typer(help="Kindred: needs-led care for children's services.", no_args_is_help=True)
db_app = typer.Typer(help="Apply or undo database migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def load_settings() -> Settings:
    """Settings from the environment, or one clear line and exit status 2."""
    try:
        return Settings()
    except ValidationError as error:
        typer.echo(f"kindred: {describe_settings_error(error)}", err=True)
        raise typer.Exit(2) from None


def database_url(settings: Settings) -> str:
    """The configured server, or the embedded one under var/ (started now, stopped at exit)."""
    if settings.database_url is not None:
        return settings.database_url
    typer.echo(f"Starting the embedded PostgreSQL in {settings.var_dir / 'pgdata'} …", err=True)
    url = start_embedded_postgres(settings.var_dir)
    # Worker and reloader processes read their settings afresh: point them at this server.
    os.environ["KINDRED_DATABASE_URL"] = url
    return url


def seed_demo_if_empty(url: str) -> bool:
    """Load the demo data into an empty database; True when it did."""
    from kindred.seed.demo import database_is_empty, load_demo
    from kindred.seed.owner_session import owner_session

    async def run() -> bool:
        async with owner_session(url) as db:
            if not await database_is_empty(db):
                return False
            await load_demo(db, today=current_time().date())
            return True

    return asyncio.run(run())


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (KINDRED_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to bind (KINDRED_PORT).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
    reload: Annotated[bool, typer.Option(help="Restart on code changes (development).")] = False,
    migrate: Annotated[bool, typer.Option(help="Apply migrations before serving.")] = True,
) -> None:
    """Serve the API and the built SPA; starts an embedded PostgreSQL unless one is configured."""
    settings = load_settings()
    url = database_url(settings)
    if migrate:
        migrations.upgrade(url, settings.migrations_dir)
    asyncio.run(provision_app_login(url, settings))
    if settings.seed_demo and seed_demo_if_empty(url):
        typer.echo("Loaded the demo data (first start).", err=True)
    bind_host = host or settings.host
    bind_port = port or settings.port
    # Uvicorn re-raises SIGTERM after its graceful shutdown; exiting normally instead lets the
    # embedded PostgreSQL stop at exit, as it does on Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    typer.echo(f"\nKindred is running at http://{bind_host}:{bind_port}  (Ctrl-C stops it)\n")
    if settings.seed_demo:
        from kindred.seed.demo import demo_sign_ins

        typer.echo("\n".join(demo_sign_ins()) + "\n")
    uvicorn.run(
        "kindred.main:create_app",
        factory=True,
        host=bind_host,
        port=bind_port,
        workers=None if reload else (workers or settings.workers),
        reload=reload,
        reload_dirs=[str(settings.migrations_dir.parent / "src")] if reload else None,
        log_config=None,
        # Forwarded headers are believed in create_app, from KINDRED_TRUSTED_PROXIES only;
        # uvicorn's own default would believe any client on 127.0.0.1.
        proxy_headers=False,
        server_header=False,
    )


@app.command()
def worker(
    migrate: Annotated[bool, typer.Option(help="Apply migrations before starting.")] = True,
) -> None:
    """Run the background job worker (webhook deliveries, nightly housekeeping) on its own."""
    from kindred.modules.jobs.worker import run_worker

    settings = load_settings()
    url = database_url(settings)
    if migrate:
        migrations.upgrade(url, settings.migrations_dir)
    asyncio.run(provision_app_login(url, settings))
    typer.echo("Kindred worker running (Ctrl-C stops it).", err=True)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run_worker(settings.model_copy(update={"database_url": url})))


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations up to REVISION (default: the latest)."""
    settings = load_settings()
    migrations.upgrade(database_url(settings), settings.migrations_dir, revision)


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="e.g. -1 or base")]) -> None:
    """Undo migrations down to REVISION."""
    settings = load_settings()
    migrations.downgrade(database_url(settings), settings.migrations_dir, revision)


@db_app.command("revision")
def db_revision(message: Annotated[str, typer.Argument(help="What the migration changes")]) -> None:
    """Write a new migration from the difference between the models and the database."""
    settings = load_settings()
    url = database_url(settings)
    migrations.upgrade(url, settings.migrations_dir)
    migrations.revision(url, settings.migrations_dir, message)


@app.command("seed-demo")
def seed_demo() -> None:
    """Load the demo councils, teams, people and partner agency into an empty database."""
    from kindred.seed.demo import demo_sign_ins

    settings = load_settings()
    url = database_url(settings)
    migrations.upgrade(url, settings.migrations_dir)
    if not seed_demo_if_empty(url):
        typer.echo("The database already has data; demo data is only loaded into an empty one.")
        return
    typer.echo("\n".join(demo_sign_ins()))


@app.command("seed-synthetic")
def seed_synthetic(
    scale: Annotated[
        str, typer.Option(help="council (~1,000 children), region (10 councils), england (150)")
    ] = "council",
    seed: Annotated[int, typer.Option(help="Same seed, same data.")] = 7,
) -> None:
    """Load plausible synthetic councils for benchmarks and demos (COPY; shows progress)."""
    from kindred.seed.owner_session import owner_session
    from kindred.seed.synthetic import SyntheticDataExists, load_synthetic
    from kindred.seed.synthetic_rows import SCALES

    if scale not in SCALES:
        typer.echo(f"kindred: --scale must be one of {', '.join(SCALES)}", err=True)
        raise typer.Exit(2)
    settings = load_settings()
    url = database_url(settings)
    migrations.upgrade(url, settings.migrations_dir)

    async def run() -> dict[str, int]:
        async with owner_session(url) as db:
            return await load_synthetic(
                db, scale_name=scale, seed=seed, today=current_time().date(), progress=typer.echo
            )

    try:
        counts = asyncio.run(run())
    except SyntheticDataExists as error:
        typer.echo(f"kindred: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo("Loaded " + ", ".join(f"{count:,} {table}" for table, count in counts.items()))


@app.command("create-user")
def create_user(
    email: Annotated[str, typer.Option(help="Sign-in address.")],
    name: Annotated[str, typer.Option(help="Name shown to colleagues.")],
    role: Annotated[Role, typer.Option(help="What they may do.")],
    organisation: Annotated[str, typer.Option(help="Organisation slug, e.g. northshire.")],
    organisation_name: Annotated[
        str | None, typer.Option(help="Create the organisation with this name if it is new.")
    ] = None,
    kind: Annotated[OrganisationKind, typer.Option(help="Kind of a new organisation.")] = (
        OrganisationKind.council
    ),
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)
    ] = "",
) -> None:
    """Create a person who can sign in (for example the first admin of a council)."""
    from kindred.seed.accounts import AccountError, create_account
    from kindred.seed.owner_session import owner_session

    settings = load_settings()
    url = database_url(settings)
    migrations.upgrade(url, settings.migrations_dir)

    async def run() -> str:
        async with owner_session(url) as db:
            return await create_account(
                db,
                email=email,
                name=name,
                role=role,
                organisation_slug=organisation,
                organisation_name=organisation_name,
                kind=kind,
                password=password,
            )

    try:
        created = asyncio.run(run())
    except AccountError as error:
        typer.echo(f"kindred: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(created)


@app.command("import-903")
def import_903(
    header: Annotated[Path, typer.Argument(help="The Header CSV (CHILD, SEX, DOB, …).")],
    episodes: Annotated[Path, typer.Argument(help="The Episodes CSV (CHILD, DECOM, …).")],
    council: Annotated[str, typer.Option(help="The council's slug, e.g. northshire.")],
    valid_rows_only: Annotated[
        bool, typer.Option(help="Import the valid rows even if some are rejected.")
    ] = False,
    team: Annotated[
        str | None, typer.Option(help="Team name for children new to Kindred (default: first).")
    ] = None,
    report: Annotated[
        Path | None, typer.Option(help="Write the full report (every rejected row) as JSON.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option(help="Preview: report what would be imported, write nothing.")
    ] = False,
    also: Annotated[
        list[str] | None,
        typer.Option(
            help="An optional file of the return as KIND=PATH, KIND one of uasc, reviews, "
            "missing, oc2, oc3, placed_adoption; repeat for each."
        ),
    ] = None,
) -> None:
    """Import an SSDA903 return: all-or-nothing unless --valid-rows-only; safe to re-run."""
    from kindred.modules.imports.command import run_import_command

    settings = load_settings()
    url = database_url(settings)
    migrations.upgrade(url, settings.migrations_dir)
    status = run_import_command(
        header,
        episodes,
        url=url,
        council=council,
        team=team,
        valid_rows_only=valid_rows_only,
        report=report,
        today=current_time().date(),
        dry_run=dry_run,
        also=also or [],
    )
    raise typer.Exit(status)


@app.command()
def openapi() -> None:
    """Print the OpenAPI document (the front end's client is generated from it)."""
    from kindred.main import create_app

    settings = Settings(
        database_url="postgresql://openapi@localhost/unused", spa_dir="/nonexistent"
    )
    document = create_app(settings).openapi()
    sys.stdout.write(json.dumps(document, indent=2, sort_keys=True) + "\n")
