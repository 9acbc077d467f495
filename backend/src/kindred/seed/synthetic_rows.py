"""Deterministic synthetic councils, children, needs histories and households, as table rows.

Plausible, not real: placement types in the national mix, needs only weakly tied to placement
type (as councils found when they measured), fees from DOMAIN.md's public ranges. Pure: the
same seed always gives the same rows; nothing here touches a database.
"""

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from kindred.domain.framework import MAX_LEVEL, Framework
from kindred.domain.scoring import summarise_needs
from kindred.seed.random_ids import random_uuid
from kindred.seed.synthetic_placements import (
    COST_COLUMNS,
    PLACEMENT_COLUMNS,
    ChildPlacement,
    placement_rows,
)

PLACEMENT_MIX = (
    ("U4", 26),
    ("U6", 22),
    ("U1", 6),
    ("U3", 8),
    ("U5", 2),
    ("U2", 1),
    ("K2", 11),
    ("R1", 2),
    ("K1", 1),
    ("H5", 8),
    ("P1", 6),
    ("A5", 2),
    ("A6", 1),
    ("S1", 1),
    ("Z1", 3),
)
NEED_SHIFT = {"K1": 0.8, "K2": 0.5, "R1": 0.5, "S1": 0.4, "H5": 0.2}
"""How much higher needs run in a placement type: deliberately small (a weak correlation)."""
APPROVAL_MIXES = (
    ["long_term", "short_term"],
    ["long_term", "short_term", "siblings"],
    ["emergency", "short_term"],
    ["respite", "short_term"],
    ["long_term", "kinship"],
    ["parent_and_child", "short_term"],
)
SEXES = ("1", "2")


@dataclass(frozen=True)
class Scale:
    councils: int
    children_per_council: int
    households_per_council: int
    agencies: int
    first_council_households: int | None = None
    """The first council's pool, when larger: matching is measured over a 40,000 pool there."""


SCALES = {
    "council": Scale(1, children_per_council=1000, households_per_council=400, agencies=4),
    "region": Scale(10, children_per_council=1000, households_per_council=400, agencies=12),
    "england": Scale(
        150,
        children_per_council=560,
        households_per_council=267,
        agencies=60,
        first_council_households=40_000,
    ),
}
TEAMS_PER_COUNCIL = 4
PRACTITIONERS_PER_TEAM = 5


@dataclass
class CouncilRows:
    """Every row of one council, table by table, in insert order."""

    organisation: tuple[object, ...]
    teams: list[tuple[object, ...]] = field(default_factory=list)
    users: list[tuple[object, ...]] = field(default_factory=list)
    memberships: list[tuple[object, ...]] = field(default_factory=list)
    children: list[tuple[object, ...]] = field(default_factory=list)
    assessments: list[tuple[object, ...]] = field(default_factory=list)
    assessment_domains: list[tuple[object, ...]] = field(default_factory=list)
    households: list[tuple[object, ...]] = field(default_factory=list)
    capacity_profiles: list[tuple[object, ...]] = field(default_factory=list)
    placements: list[tuple[object, ...]] = field(default_factory=list)
    cost_records: list[tuple[object, ...]] = field(default_factory=list)


COLUMNS = {
    "organisations": ("id", "kind", "name", "slug"),
    "teams": ("id", "tenant_id", "name"),
    "users": ("id", "tenant_id", "email", "display_name", "role", "password_hash"),
    "team_memberships": ("user_id", "team_id", "tenant_id"),
    "children": (
        "id",
        "tenant_id",
        "given_name",
        "family_name",
        "date_of_birth",
        "sex",
        "ethnicity",
        "local_child_id",
        "care_status",
        "legal_status",
        "placement_type",
        "team_id",
        "allocated_worker_id",
        "home_easting",
        "home_northing",
        "latest_assessment_id",
        "latest_score",
        "previous_score",
        "latest_actionable",
        "last_assessed_on",
    ),
    "assessments": (
        "id",
        "tenant_id",
        "child_id",
        "status",
        "framework_version",
        "created_by",
        "submitted_by",
        "submitted_at",
        "decided_by",
        "approved_at",
        "assessed_on",
        "score",
        "actionable_count",
        "highest_level",
    ),
    "assessment_domains": (
        "assessment_id",
        "tenant_id",
        "domain_key",
        "need_level",
        "evidence",
        "strength_level",
    ),
    "households": (
        "id",
        "tenant_id",
        "reference",
        "name",
        "agency_id",
        "age_min",
        "age_max",
        "places",
        "vacancies",
        "approved_types",
        "easting",
        "northing",
        "weekly_fee_pence",
    ),
    "capacity_profiles": (
        "id",
        "tenant_id",
        "household_id",
        "framework_version",
        "effective_from",
        "levels",
        "recorded_by",
    ),
    "placements": PLACEMENT_COLUMNS,
    "cost_records": COST_COLUMNS,
}


def bench_email(role: str, number: int, slug: str) -> str:
    """Sign-in names the benchmark uses, e.g. practitioner1.council-001@bench.example."""
    return f"{role}{number}.{slug}@bench.example"


def agency_rows(scale: Scale, rng: random.Random) -> list[tuple[uuid.UUID, str, str, str]]:
    return [
        (random_uuid(rng), "agency", f"Agency {n:03d}", f"agency-{n:03d}")
        for n in range(1, scale.agencies + 1)
    ]


def _clamp(level: float) -> int:
    return max(0, min(MAX_LEVEL, round(level)))


def council_rows(
    number: int,
    scale: Scale,
    agencies: list[uuid.UUID],
    framework: Framework,
    password_hash: str,
    today: date,
    seed: int,
) -> CouncilRows:
    """One council's rows; `number` (from 1) and `seed` make it reproducible."""
    rng = random.Random(seed * 1_000_003 + number)  # noqa: S311 - synthetic data
    slug = f"council-{number:03d}"
    tenant = random_uuid(rng)
    rows = CouncilRows(organisation=(tenant, "council", f"Council {number:03d}", slug))
    centre = (rng.uniform(360_000, 620_000), rng.uniform(120_000, 520_000))
    team_ids: list[uuid.UUID] = []
    workers: list[list[uuid.UUID]] = []
    managers: list[uuid.UUID] = []
    for team_number in range(1, TEAMS_PER_COUNCIL + 1):
        team = random_uuid(rng)
        rows.teams.append((team, tenant, f"Team {team_number}"))
        team_ids.append(team)
        team_workers = []
        for _ in range(PRACTITIONERS_PER_TEAM):
            user = random_uuid(rng)
            index = len(rows.users) + 1
            rows.users.append(
                (
                    user,
                    tenant,
                    bench_email("practitioner", index, slug),
                    f"Practitioner {index}",
                    "practitioner",
                    password_hash,
                )
            )
            rows.memberships.append((user, team, tenant))
            team_workers.append(user)
        manager = random_uuid(rng)
        rows.users.append(
            (
                manager,
                tenant,
                bench_email("manager", team_number, slug),
                f"Manager {team_number}",
                "manager",
                password_hash,
            )
        )
        rows.memberships.append((manager, team, tenant))
        workers.append(team_workers)
        managers.append(manager)
    for role in ("commissioner", "admin"):
        rows.users.append(
            (
                random_uuid(rng),
                tenant,
                bench_email(role, 1, slug),
                role.title(),
                role,
                password_hash,
            )
        )
    admin = rows.users[-1][0]
    assert isinstance(admin, uuid.UUID)
    types = [code for code, _ in PLACEMENT_MIX]
    weights = [weight for _, weight in PLACEMENT_MIX]
    domains = framework.domain_keys
    placed: list[ChildPlacement] = []
    for child_number in range(scale.children_per_council):
        team_index = child_number % TEAMS_PER_COUNCIL
        team = team_ids[team_index]
        placement = rng.choices(types, weights)[0]
        child = random_uuid(rng)
        base = rng.gauss(1.3 + NEED_SHIFT.get(placement, 0.0), 0.6)
        levels = [_clamp(rng.gauss(base, 1.0)) for _ in domains]
        latest: tuple[uuid.UUID, Decimal, int] | None = None
        previous_score: Decimal | None = None
        count = rng.randint(1, 4)
        first = today - timedelta(days=rng.randint(400, 1100))
        day = first
        for step in range(count):
            if step:
                levels = [_clamp(level + rng.choice((-1, 0, 0, 1))) for level in levels]
                day = first + (today - first) * step / count
            summary = summarise_needs(dict(zip(domains, levels, strict=True)), framework)
            assessment = random_uuid(rng)
            approved = datetime.combine(day, time(15), tzinfo=UTC)
            score = Decimal(str(summary.score))
            worker = workers[team_index][child_number % PRACTITIONERS_PER_TEAM]
            rows.assessments.append(
                (
                    assessment,
                    tenant,
                    child,
                    "approved",
                    framework.version,
                    worker,
                    worker,
                    approved - timedelta(days=2),
                    managers[team_index],
                    approved,
                    day,
                    score,
                    summary.actionable,
                    summary.highest.level,
                )
            )
            rows.assessment_domains.extend(
                (assessment, tenant, key, level, "Seen at review." if level >= 3 else "", "none")
                for key, level in zip(domains, levels, strict=True)
            )
            previous_score = latest[1] if latest else None
            latest = (assessment, score, summary.actionable)
        assert latest is not None
        in_care = placement not in {"A5", "A6"} or rng.random() < 0.5
        born = today - timedelta(days=rng.randint(365, 17 * 365))
        home = (centre[0] + rng.gauss(0, 8_000), centre[1] + rng.gauss(0, 8_000))
        placed.append(ChildPlacement(child, placement, in_care, born, home))
        rows.children.append(
            (
                child,
                tenant,
                f"Child{child_number:04d}",
                f"Family{rng.randint(1, 900):03d}",
                born,
                rng.choice(SEXES),
                "WBRI",
                f"{slug}-{child_number:05d}",
                "in_care" if in_care else "care_leaver",
                "C2",
                placement,
                team,
                workers[team_index][child_number % PRACTITIONERS_PER_TEAM],
                home[0],
                home[1],
                latest[0],
                latest[1],
                previous_score,
                latest[2],
                day,
            )
        )
    pool = scale.first_council_households if number == 1 else None
    for household_number in range(pool or scale.households_per_council):
        household = random_uuid(rng)
        agency = rng.choice(agencies) if rng.random() < 0.4 else None
        places = rng.choice((1, 1, 2, 2, 2, 3))
        age_min = rng.choice((0, 0, 2, 5, 8, 11))
        fee = rng.randint(82_000, 95_000) if agency else rng.randint(40_000, 60_000)
        rows.households.append(
            (
                household,
                tenant,
                f"H{household_number:05d}",
                f"Household {household_number:05d}",
                agency,
                age_min,
                rng.choice((12, 16, 18, 18)) if age_min < 12 else 18,
                places,
                rng.randint(0, places),
                rng.choice(APPROVAL_MIXES),
                centre[0] + rng.gauss(0, 15_000),
                centre[1] + rng.gauss(0, 15_000),
                fee,
            )
        )
        skill = rng.gauss(2.2, 0.7)
        rows.capacity_profiles.append(
            (
                random_uuid(rng),
                tenant,
                household,
                framework.version,
                today - timedelta(days=90),
                [_clamp(rng.gauss(skill, 0.8)) for _ in domains],
                admin,
            )
        )
    # Their own generator, so placements never shift the other tables' random draws.
    placement_rng = random.Random(f"{seed}-{number}-placements")  # noqa: S311 - synthetic data
    for child_placement in placed:
        history = placement_rows(placement_rng, tenant, child_placement, today)
        rows.placements.extend(history.placements)
        rows.cost_records.extend(history.cost_records)
    return rows


def councils(
    scale: Scale,
    agencies: list[uuid.UUID],
    framework: Framework,
    password_hash: str,
    today: date,
    seed: int,
) -> Iterator[CouncilRows]:
    for number in range(1, scale.councils + 1):
        yield council_rows(number, scale, agencies, framework, password_hash, today, seed)
