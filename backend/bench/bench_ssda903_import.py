"""The SSDA903 import timed alone: ~50,000 episodes (ten years of a large council's returns),
through `kindred import-903` with its progress bar, then the same files again (idempotent).

It runs in a scratch database on the benchmark's server, dropped afterwards, so the England-
scale data is not changed.
"""

import asyncio
import tempfile
import time
from datetime import date
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from kindred.core import migrations
from kindred.core.paths import MIGRATIONS_DIR
from kindred.models.organisation import Organisation, Team
from kindred.modules.imports.command import run_import_command
from kindred.seed.owner_session import owner_session
from kindred.seed.ssda903_samples import sample_return

SCRATCH = "kindred_bench_import"
CHILDREN = 12_500  # 1 to 7 episodes each: about 50,000
TARGET_SECONDS = 30


async def _recreate(server_url: str, name: str, *, create: bool) -> None:
    admin = make_url(server_url).set(database="postgres").render_as_string(hide_password=False)
    connection = await asyncpg.connect(admin)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def _council(url: str) -> None:
    async with owner_session(url) as db:
        council = Organisation(kind="council", name="Import Bench Council", slug="import-bench")
        db.add(council)
        await db.flush()
        db.add(Team(tenant_id=council.id, name="Children in care"))


def _timed_import(url: str, folder: Path, today: date) -> float:
    started = time.perf_counter()
    status = run_import_command(
        folder / "header.csv", folder / "episodes.csv", url=url, council="import-bench",
        team=None, valid_rows_only=False, report=None, today=today,
    )  # fmt: skip
    if status != 0:
        raise RuntimeError("the benchmark import was rejected")
    return time.perf_counter() - started


def import_figures(server_url: str) -> dict[str, str]:
    """Seconds to import the sample return, and to import it again."""
    url = make_url(server_url).set(database=SCRATCH).render_as_string(hide_password=False)
    asyncio.run(_recreate(server_url, SCRATCH, create=True))
    try:
        migrations.upgrade(url, MIGRATIONS_DIR)
        asyncio.run(_council(url))
        today = date.today()
        sample = sample_return(children=CHILDREN, today=today, seed=50)
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            (folder / "header.csv").write_bytes(sample.header)
            (folder / "episodes.csv").write_bytes(sample.episodes)
            first = _timed_import(url, folder, today)
            again = _timed_import(url, folder, today)
    finally:
        asyncio.run(_recreate(server_url, SCRATCH, create=False))
    return {
        f"SSDA903 import, {sample.episode_count:,} episodes (target < {TARGET_SECONDS} s)": (
            f"{first:.1f} s; the same files again {again:.1f} s"
        )
    }


if __name__ == "__main__":
    import sys

    for figure, value in import_figures(sys.argv[1]).items():
        print(f"{figure}: {value}")
