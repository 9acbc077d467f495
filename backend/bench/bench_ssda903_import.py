"""The SSDA903 import timed alone: ten consecutive yearly returns of a large council (~50,000
episodes, most with partial or unknown postcodes), each through `kindred import-903` with its
progress bar, in order, then the latest again (idempotent).

It runs in a scratch database on the benchmark's server, dropped afterwards, so the England-
scale data is not changed.
"""

import asyncio
import csv
import io
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
from kindred.seed.ssda903_samples import (
    SECTORS,
    UNKNOWN_POSTCODES,
    SampleReturn,
    sample_return,
)
from kindred.seed.ssda903_years import YearReturn, collection_year, yearly_returns

SCRATCH = "kindred_bench_import"
CHILDREN = 12_500  # 1 to 7 episodes each: about 50,000
YEARS = 10
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


def _timed_import(url: str, folder: Path, returned: YearReturn, today: date) -> float:
    header, episodes = (
        folder / f"header_{returned.year}.csv",
        folder / f"episodes_{returned.year}.csv",
    )
    header.write_bytes(returned.header)
    episodes.write_bytes(returned.episodes)
    started = time.perf_counter()
    status = run_import_command(
        header,
        episodes,
        url=url,
        council="import-bench",
        team=None,
        valid_rows_only=False,
        report=None,
        today=today,
    )
    if status != 0:
        raise RuntimeError(f"the benchmark import of {returned.year} was rejected")
    return time.perf_counter() - started


def _partial_or_unknown(sample: SampleReturn) -> float:
    """The share of episodes whose placement postcode is a sector or unknown."""
    loose = set(SECTORS) | set(UNKNOWN_POSTCODES)
    return sum(row["PL_POST"] in loose for row in sample.rows) / max(len(sample.rows), 1)


def import_figures(server_url: str) -> dict[str, str]:
    """Seconds to import ten yearly returns in order, and the latest one again."""
    url = make_url(server_url).set(database=SCRATCH).render_as_string(hide_password=False)
    asyncio.run(_recreate(server_url, SCRATCH, create=True))
    try:
        migrations.upgrade(url, MIGRATIONS_DIR)
        asyncio.run(_council(url))
        today = date.today()
        sample = sample_return(children=CHILDREN, today=today, seed=50, messy=False)
        header_rows = list(csv.DictReader(io.StringIO(sample.header.decode())))
        returns = yearly_returns(header_rows, sample.rows, collection_year(today), YEARS)
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            seconds = [_timed_import(url, folder, returned, today) for returned in returns]
            again = _timed_import(url, folder, returns[-1], today)
    finally:
        asyncio.run(_recreate(server_url, SCRATCH, create=False))
    rows = sum(returned.episode_rows for returned in returns)
    loose = _partial_or_unknown(sample)
    return {
        f"SSDA903 import, {YEARS} yearly returns in order, {sample.episode_count:,} episodes "
        f"({rows:,} rows, {loose:.0%} partial or unknown postcodes; target < {TARGET_SECONDS} s)": (
            f"{sum(seconds):.1f} s (slowest year {max(seconds):.1f} s); the latest again "
            f"{again:.1f} s"
        )
    }


if __name__ == "__main__":
    import sys

    for figure, value in import_figures(sys.argv[1]).items():
        print(f"{figure}: {value}")
