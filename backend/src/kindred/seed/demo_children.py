"""Demo children with needs histories that mean something on first run.

About sixty children per demo council, each with one to five approved assessments spread over
three years. Histories follow the patterns practitioners see: needs easing in a stable
placement, rising after a placement breaks down, staying high for children in residential
care. Generated from a fixed seed, so every first run shows the same children.
"""

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.framework import MAX_LEVEL, Framework, StrengthLevel
from kindred.domain.scoring import summarise_needs
from kindred.models.assessment import Assessment, AssessmentDomain
from kindred.models.child import Child
from kindred.models.goal import Goal, GoalProgress
from kindred.seed.demo_households import DemoPostcode

CHILDREN_PER_COUNCIL = 60

GIVEN_NAMES = (
    "Amara",
    "Ben",
    "Chloe",
    "Dylan",
    "Ella",
    "Finley",
    "Grace",
    "Harvey",
    "Isla",
    "Jayden",
    "Keira",
    "Leo",
    "Maya",
    "Noah",
    "Olivia",
    "Preston",
    "Quinn",
    "Ruby",
    "Sami",
    "Tia",
    "Umar",
    "Violet",
    "Wiktor",
    "Xanthe",
    "Yusuf",
    "Zara",
    "Alfie",
    "Bethany",
    "Callum",
    "Demi",
    "Ethan",
    "Freya",
    "George",
    "Hana",
    "Ibrahim",
    "Jade",
    "Kai",
    "Lily",
    "Mason",
    "Nadia",
)
FAMILY_NAMES = (
    "Adeyemi",
    "Brown",
    "Campbell",
    "Davies",
    "Evans",
    "Fraser",
    "Green",
    "Hussain",
    "Iqbal",
    "Jones",
    "Kowalski",
    "Lewis",
    "Mahmood",
    "Nowak",
    "O'Brien",
    "Patel",
    "Quinn",
    "Roberts",
    "Smith",
    "Taylor",
    "Uddin",
    "Vaughan",
    "Walsh",
    "Young",
    "Zielinski",
    "Murphy",
    "Khan",
)
ETHNICITIES = (
    ("WBRI", 60),
    ("WOTH", 6),
    ("MWBC", 6),
    ("MWBA", 3),
    ("MWAS", 3),
    ("MOTH", 3),
    ("APKN", 4),
    ("ABAN", 2),
    ("AIND", 2),
    ("BAFR", 4),
    ("BCRB", 3),
    ("WROM", 2),
    ("OOTH", 2),
)
FOSTER_TYPES = ("U4", "U6", "U6", "U4", "U1", "U3", "U5")
RESIDENTIAL_TYPES = ("K2", "R1", "K2")
AWAITING = frozenset({6, 7})
"""Children numbered 6 and 7 in each twenty (both teams) await a placement: none recorded."""


@dataclass(frozen=True)
class Caseworkers:
    """Who holds and approves the demo cases in one team."""

    team_id: uuid.UUID
    practitioner_id: uuid.UUID
    manager_id: uuid.UUID


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([code for code, _ in options], [weight for _, weight in options])[0]


def _clamp(level: int) -> int:
    return max(0, min(MAX_LEVEL, level))


def _history(rng: random.Random, count: int, residential: bool, domains: int) -> list[list[int]]:
    """Levels per assessment: a starting profile, then a pattern over time."""
    base = [_clamp(round(rng.gauss(2.4 if residential else 1.4, 1.0))) for _ in range(domains)]
    pattern = rng.choice(("easing", "easing", "breakdown", "steady"))
    history = [base]
    for step in range(1, count):
        levels = list(history[-1])
        if pattern == "easing" or (pattern == "breakdown" and step < count - 1):
            for index in rng.sample(range(domains), k=rng.randint(1, 3)):
                levels[index] = _clamp(levels[index] - 1)
        elif pattern == "breakdown":
            for index in rng.sample(range(domains), k=rng.randint(3, 5)):
                levels[index] = _clamp(levels[index] + rng.randint(1, 2))
        else:
            index = rng.randrange(domains)
            levels[index] = _clamp(levels[index] + rng.choice((-1, 1)))
        history.append(levels)
    return history


def _instant(day: date) -> datetime:
    return datetime.combine(day, time(14, 30), tzinfo=UTC)


def _assessment(
    framework: Framework,
    child: Child,
    levels: list[int],
    day: date,
    workers: Caseworkers,
    rng: random.Random,
    based_on: uuid.UUID | None,
) -> tuple[Assessment, list[AssessmentDomain]]:
    by_key = dict(zip(framework.domain_keys, levels, strict=True))
    summary = summarise_needs(by_key, framework)
    assessment = Assessment(
        id=uuid.uuid4(),
        tenant_id=child.tenant_id,
        child_id=child.id,
        status="approved",
        framework_version=framework.version,
        based_on_id=based_on,
        summary=f"Review on {day:%d %B %Y}: {child.given_name}'s needs discussed with carers, "
        "school and the child.",
        aspirations=rng.choice(
            (
                "Wants to stay with the same carers and do well in exams.",
                "Would like to see their brother more often and join a football team.",
                "Hopes to go to college to study animal care.",
                "Wants to learn to cook and feel ready for living on their own.",
            )
        ),
        what_helps=rng.choice(
            (
                "Calm, predictable routines and time to talk in the car.",
                "Being told about changes early, with reasons.",
                "Music, drawing and one trusted adult at school.",
            )
        ),
        created_by=workers.practitioner_id,
        submitted_by=workers.practitioner_id,
        submitted_at=_instant(day - timedelta(days=3)),
        decided_by=workers.manager_id,
        approved_at=_instant(day),
        assessed_on=day,
        score=Decimal(str(summary.score)),
        actionable_count=summary.actionable,
        highest_level=summary.highest.level,
    )
    domains = [
        AssessmentDomain(
            assessment_id=assessment.id,
            tenant_id=child.tenant_id,
            domain_key=domain.key,
            need_level=level,
            evidence=(
                f"{domain.level(level).descriptor} Agreed at the review on {day:%d/%m/%Y}."
                if level >= 2
                else ""
            ),
            strength_level=rng.choice(list(StrengthLevel)).value,
            strength_notes="",
        )
        for domain, level in zip(framework.domains, levels, strict=True)
    ]
    return assessment, domains


async def load_demo_children(
    db: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    teams: list[Caseworkers],
    framework: Framework,
    today: date,
    seed: int,
    home_postcodes: Sequence[DemoPostcode] = (),
) -> None:
    """Add the demo children of one council, their assessment histories and a few goals."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    # Homes from their own stream, so adding them left every other demo fact as it was.
    homes = random.Random(500 + seed)  # noqa: S311 - demo data, not security
    for number in range(CHILDREN_PER_COUNCIL):
        workers = teams[number % len(teams)]
        age_days = rng.randint(2 * 365, 17 * 365 + 300)
        residential = rng.random() < 0.12
        care_status = "edge_of_care" if number % 12 == 5 else "in_care"
        in_care = care_status == "in_care"
        child = Child(
            id=uuid.uuid4(),
            tenant_id=tenant_id,
            given_name=rng.choice(GIVEN_NAMES),
            family_name=rng.choice(FAMILY_NAMES),
            date_of_birth=today - timedelta(days=age_days),
            sex=rng.choice(("1", "2")),
            ethnicity=_weighted(rng, ETHNICITIES),
            local_child_id=f"{seed:02d}{number + 1:05d}",
            care_status=care_status,
            legal_status=rng.choice(("C2", "C2", "V2", "C1")) if in_care else None,
            placement_type=(
                rng.choice(RESIDENTIAL_TYPES if residential else FOSTER_TYPES) if in_care else None
            ),
            team_id=workers.team_id,
            allocated_worker_id=workers.practitioner_id,
        )
        if in_care and number % 20 in AWAITING:
            child.placement_type = None
        if home_postcodes:
            home = homes.choice(home_postcodes)
            child.home_postcode = home.postcode
            child.home_easting, child.home_northing = home.easting, home.northing
        db.add(child)
        await db.flush()  # no ORM relationships here, so the insert order is made explicit
        count = rng.randint(1, 5)
        history = _history(rng, count, residential, len(framework.domains))
        first_day = today - timedelta(days=rng.randint(365 * 2, 365 * 3))
        spacing = (today - timedelta(days=20) - first_day) / max(1, count - 1)
        previous: Assessment | None = None
        for index, levels in enumerate(history):
            day = (first_day + spacing * index) if count > 1 else today - timedelta(days=60)
            assessment, domains = _assessment(
                framework, child, levels, day, workers, rng, previous.id if previous else None
            )
            db.add(assessment)
            await db.flush()
            db.add_all(domains)
            child.previous_score = previous.score if previous else None
            child.latest_score = assessment.score
            child.latest_actionable = assessment.actionable_count
            child.latest_assessment_id = assessment.id
            child.last_assessed_on = day
            previous = assessment
        _add_goals(db, child, framework, history[-1], workers, today, rng)
    await db.flush()


def _add_goals(
    db: AsyncSession,
    child: Child,
    framework: Framework,
    levels: list[int],
    workers: Caseworkers,
    today: date,
    rng: random.Random,
) -> None:
    """One or two goals on the child's highest needs, with a progress note each."""
    ranked = sorted(zip(levels, framework.domains, strict=True), key=lambda pair: -pair[0])
    for level, domain in ranked[: rng.randint(1, 2)]:
        if level < 2:
            continue
        goal = Goal(
            id=uuid.uuid4(),
            tenant_id=child.tenant_id,
            child_id=child.id,
            domain_key=domain.key,
            title=f"Less support needed with {domain.name.lower()}",
            target_date=today + timedelta(days=rng.randint(60, 240)),
            status="in_progress",
            created_by=workers.practitioner_id,
        )
        db.add(goal)
        db.add(
            GoalProgress(
                tenant_id=child.tenant_id,
                goal_id=goal.id,
                noted_on=today - timedelta(days=rng.randint(5, 40)),
                note="Small steps this month; carers report more settled evenings.",
                author_id=workers.practitioner_id,
            )
        )
