"""Bulk loads timed alone: 50,000 fostering households and 50,000 placement cost rows, each
through the worker's preview and load steps (as an upload runs them), then loaded again
(idempotent: nothing changes). Target: a load of 50,000 rows in under 30 s.

It runs in a scratch database on the benchmark's server, dropped afterwards.
"""

import asyncio
import csv
import io
import random
import sys
import time
import uuid
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bench.bench_ssda903_import import _recreate
from kindred.auth.tenancy import bind_tenant
from kindred.core import migrations
from kindred.core.app_login import app_login, provision_app_login
from kindred.core.database import Database
from kindred.core.paths import MIGRATIONS_DIR
from kindred.domain.bulk_households import capacity_column
from kindred.frameworks.loader import load_default_framework
from kindred.models.bulk_load import BulkLoad, BulkLoadFile
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role, User
from kindred.modules.bulk_loads import repository
from kindred.modules.bulk_loads.job import QueuedStep, run_queued_step
from kindred.seed.owner_session import owner_session
from kindred.settings import Settings

SCRATCH = "kindred_bench_bulk_loads"
ROWS = 50_000
COSTS_PER_CHILD = 4
TARGET_SECONDS = 30
TYPES = ("emergency", "short_term", "long_term", "respite", "parent_and_child", "siblings")
PROVIDERS = ("Brightpath Fostering", "Oakwood Children's Home", "In-house fostering", "Therapy Co")


def households_csv(rows: int, seed: int) -> bytes:
    """A carer system's export: every column, money as £, dates as dd/mm/yyyy."""
    rng = random.Random(seed)
    framework = load_default_framework()
    header = [
        "reference",
        "name",
        "status",
        "age_min",
        "age_max",
        "places",
        "vacancies",
        "approved_types",
        "languages",
        "faith",
        "other_children",
        "weekly_fee",
        "notes",
        *(capacity_column(key) for key in framework.domain_keys),
        "capacity_from",
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for number in range(rows):
        places = rng.randint(1, 3)
        age_min = rng.randint(0, 10)
        writer.writerow(
            [
                f"FC-{number:06d}",
                f"Household {number}",
                "active",
                age_min,
                rng.randint(age_min, 18),
                places,
                rng.randint(0, places),
                "; ".join(rng.sample(TYPES, 2)),
                "English",
                "",
                rng.randint(0, 2),
                f"£{rng.randint(400, 1200):,}.{rng.randint(0, 99):02d}",
                "",
                *(rng.randint(0, 4) for _ in framework.domain_keys),
                (date(2024, 1, 1) + timedelta(days=rng.randint(0, 600))).strftime("%d/%m/%Y"),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode()


def costs_csv(children: int, seed: int) -> bytes:
    """A finance extract: COSTS_PER_CHILD rows per child, weekly and period amounts."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "child_id",
            "provider",
            "weekly_amount",
            "period_amount",
            "start_date",
            "end_date",
            "funder",
        ]
    )
    for child in range(children):
        start = date(2022, 4, 1) + timedelta(days=rng.randint(0, 90))
        for number in range(COSTS_PER_CHILD):
            end = start + timedelta(days=rng.randint(30, 200))
            period = number % 2 == 1
            amount = f"{rng.randint(400, 6000):,}.{rng.randint(0, 99):02d}"
            writer.writerow(
                [
                    f"B{child:06d}",
                    PROVIDERS[number],
                    "" if period else amount,
                    amount if period else "",
                    start.strftime("%d/%m/%Y"),
                    end.strftime("%d/%m/%Y"),
                    "social_care",
                ]
            )
            start = end + timedelta(days=1)
    return out.getvalue().encode()


async def _council(url: str, children: int) -> tuple[uuid.UUID, uuid.UUID]:
    async with owner_session(url) as db:
        council = Organisation(kind="council", name="Bulk Bench Council", slug="bulk-bench")
        db.add(council)
        await db.flush()
        team = Team(tenant_id=council.id, name="Children in care")
        admin = User(
            tenant_id=council.id,
            email="admin@bulk-bench.example",
            display_name="Bench admin",
            role=Role.admin.value,
            status="active",
            password_hash="!",  # noqa: S106 - no sign-in
        )
        db.add_all([team, admin])
        await db.flush()
        await db.execute(
            text(
                """
                INSERT INTO children (tenant_id, local_child_id, given_name, family_name,
                                      date_of_birth, sex, care_status, team_id)
                SELECT :tenant, 'B' || lpad(n::text, 6, '0'), 'Child', 'Bench', '2012-01-01',
                       '1', 'in_care', :team
                FROM generate_series(0, :last) AS n
                """
            ),
            {"tenant": council.id, "team": team.id, "last": children - 1},
        )
        return council.id, admin.id


async def _timed_load(
    database: Database, tenant: uuid.UUID, admin: uuid.UUID, kind: str, content: bytes
) -> tuple[float, float, dict[str, int]]:
    """Seconds to preview and to load, and what the load did."""
    async with database.sessions() as db:
        await bind_tenant(db, tenant)
        load = BulkLoad(
            tenant_id=tenant, kind=kind, status="previewing", filename="bench.csv", created_by=admin
        )
        stored = BulkLoadFile(tenant_id=tenant, content=content, actor_label="bench")
        await repository.add(db, load, stored)
        await db.commit()
    today = date.today()
    started = time.perf_counter()
    await run_queued_step(database, QueuedStep(load.id, tenant, "preview"), today=today)
    previewed = time.perf_counter() - started
    async with database.sessions() as db:
        await bind_tenant(db, tenant)
        await repository.set_fields(db, load.id, status="loading", valid_rows_only=False)
        await db.commit()
    started = time.perf_counter()
    await run_queued_step(database, QueuedStep(load.id, tenant, "load"), today=today)
    loaded = time.perf_counter() - started
    async with database.sessions() as db:
        await bind_tenant(db, tenant)
        found = await repository.get(db, load.id)
    assert found is not None
    if found.status != "loaded":
        raise RuntimeError(f"the benchmark {kind} load ended {found.status}: {found.message}")
    return previewed, loaded, found.counts["result"]


async def _figures(url: str) -> dict[str, str]:
    children = ROWS // COSTS_PER_CHILD
    tenant, admin = await _council(url, children)
    settings = Settings(database_url=url)
    await provision_app_login(url, settings)
    database = Database(app_login(settings), pool_size=2)  # as the worker runs a load
    figures: dict[str, str] = {}
    try:
        for kind, content in (
            ("households", households_csv(ROWS, seed=15)),
            ("placement_costs", costs_csv(children, seed=15)),
        ):
            preview, first, counts = await _timed_load(database, tenant, admin, kind, content)
            _, again, repeat = await _timed_load(database, tenant, admin, kind, content)
            assert repeat == {"created": 0, "updated": 0, "unchanged": ROWS}, repeat
            figures[
                f"bulk load, {ROWS:,} {kind.replace('_', ' ')} (target < {TARGET_SECONDS} s)"
            ] = (
                f"load {first:.1f} s ({ROWS / first:,.0f} rows/s, {counts['created']:,} created; "
                f"{'met' if first < TARGET_SECONDS else 'MISSED'}); preview {preview:.1f} s; "
                f"the same file again {again:.1f} s, nothing changed"
            )
    finally:
        await database.dispose()
    return figures


def bulk_load_figures(server_url: str) -> dict[str, str]:
    """Seconds to preview and load 50,000 households and 50,000 cost rows, and to re-run."""
    url = make_url(server_url).set(database=SCRATCH).render_as_string(hide_password=False)
    asyncio.run(_recreate(server_url, SCRATCH, create=True))
    try:
        migrations.upgrade(url, MIGRATIONS_DIR)
        return asyncio.run(_figures(url))
    finally:
        asyncio.run(_recreate(server_url, SCRATCH, create=False))


if __name__ == "__main__":
    for figure, value in bulk_load_figures(sys.argv[1]).items():
        print(f"{figure}: {value}")
