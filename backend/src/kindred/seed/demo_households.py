"""Demo fostering households, so matching, step-down and the market pages show something real.

Each demo council gets about forty in-house households and twenty of the partner agency's
(Brightpath Fostering), placed at real postcodes in one area (Leeds for Northshire, Bristol for
Southvale; coordinates from the ONS Postcode Directory, checked by a test). Capacity follows
experience and training: newer carers meet low to moderate needs, experienced and agency carers
higher, and each completed training course lifts the domain it was for, which shows in the
household's capacity history. Generated from a fixed seed, so every first run is the same.
"""

import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.framework import MAX_LEVEL, Framework
from kindred.models.household import CapacityProfile, Household, TrainingRecord

IN_HOUSE_PER_COUNCIL = 40
AGENCY_PER_COUNCIL = 20


@dataclass(frozen=True, slots=True)
class DemoPostcode:
    postcode: str
    easting: float
    northing: float


DEMO_POSTCODES: Mapping[str, tuple[DemoPostcode, ...]] = {
    "northshire": tuple(
        DemoPostcode(postcode, easting, northing)
        for postcode, easting, northing in (
            ("LS1 4AB", 430191, 433246),
            ("LS6 3HN", 427846, 436089),
            ("LS7 3PD", 430526, 436965),
            ("LS8 1AA", 431745, 438795),
            ("LS9 7TF", 431684, 434615),
            ("LS10 2AA", 430647, 430645),
            ("LS11 5DA", 428872, 429761),
            ("LS12 3AA", 426971, 433447),
            ("LS13 2AB", 424999, 434462),
            ("LS14 2AA", 435948, 436544),
            ("LS15 7AA", 436318, 434172),
            ("LS16 6AA", 426763, 439566),
            ("LS17 5AA", 430059, 437771),
            ("LS18 4AA", 424054, 438381),
            ("LS27 0AA", 426041, 427352),
            ("LS28 5AA", 420486, 434939),
        )
    ),
    "southvale": tuple(
        DemoPostcode(postcode, easting, northing)
        for postcode, easting, northing in (
            ("BS1 4DJ", 358622, 172697),
            ("BS2 0JA", 359468, 173073),
            ("BS3 4AG", 359248, 171757),
            ("BS4 1AA", 360116, 170008),
            ("BS5 0AA", 360620, 173165),
            ("BS6 5AA", 358919, 174764),
            ("BS7 9AA", 359171, 175286),
            ("BS8 1TH", 358182, 173516),
            ("BS9 1AA", 356910, 175934),
            ("BS10 5AA", 358799, 177102),
            ("BS11 9AA", 351507, 178183),
            ("BS13 7AA", 357739, 170705),
            ("BS14 0AA", 359740, 169240),
            ("BS15 1AA", 364546, 173890),
            ("BS16 1QY", 362096, 178158),
        )
    ),
}
"""Real postcodes per demo council (by slug), with their British National Grid coordinates."""

CARER_NAMES = (
    "Ashworth",
    "Bennett",
    "Chowdhury",
    "Doherty",
    "Eze",
    "Fitzgerald",
    "Gill",
    "Hargreaves",
    "Ibrahim",
    "Jackson",
    "Kaur",
    "Lawson",
    "McCarthy",
    "Nwosu",
    "Okonkwo",
    "Pearson",
    "Rahman",
    "Sutcliffe",
    "Thompson",
    "Varga",
    "Whitaker",
    "Yilmaz",
    "Ali",
    "Brennan",
    "Clarke",
    "Dunn",
    "Ellison",
    "Foster",
    "Greenwood",
    "Holt",
    "Islam",
    "Jennings",
    "Kowalczyk",
    "Lindley",
    "Mensah",
    "Norris",
    "Osei",
    "Price",
    "Riley",
    "Singh",
    "Turner",
    "Wood",
)
FIRST_NAMES = (
    "Helen",
    "Mark",
    "Sarah",
    "David",
    "Amina",
    "Tariq",
    "Joanne",
    "Paul",
    "Grace",
    "Kwame",
    "Lisa",
    "Gareth",
    "Nadia",
    "Imran",
    "Claire",
    "Steve",
    "Fatima",
    "Tom",
    "Agnieszka",
    "Pete",
)
APPROVALS = (
    (("long_term", "short_term"), 6),
    (("short_term", "emergency"), 3),
    (("long_term", "short_term", "siblings"), 3),
    (("long_term",), 3),
    (("respite",), 2),
    (("short_term", "respite"), 2),
    (("parent_and_child", "short_term"), 1),
)
AGE_RANGES = (((0, 5), 2), ((0, 11), 3), ((0, 18), 3), ((5, 18), 3), ((8, 18), 3), ((11, 18), 3))
LANGUAGES = ("Urdu", "Polish", "Punjabi", "Somali", "Arabic", "Romanian", "Bengali")
FAITHS = (None, None, None, "Christian", "Muslim", "Sikh", "Hindu", "Jewish")
TRAINING = {
    "physical_health": "Health needs and medication in care",
    "emotional_wellbeing": "Therapeutic parenting (PACE)",
    "feelings_and_behaviour": "Trauma-informed behaviour support",
    "learning_and_education": "Supporting learning at home with the virtual school",
    "communication_and_disability": "Makaton and communication support",
    "identity_culture_faith": "Caring across cultures and faiths",
    "family_and_contact": "Supporting family time and contact",
    "friendships_and_social": "Building friendships and social confidence",
    "safety_outside_home": "Exploitation and missing-from-care awareness",
    "independence_and_self_care": "Preparing young people for independence",
    "life_story_and_belonging": "Life story work with children",
    "confidence_and_aspirations": "Coaching young people's aspirations",
}
EXPERIENCE = {
    # tier: (typical capacity, relative frequency in-house, relative frequency agency)
    "new": (1.4, 3, 0),
    "established": (2.2, 4, 2),
    "experienced": (2.9, 3, 5),
    "specialist": (3.4, 0, 3),
}


@dataclass(frozen=True, slots=True)
class DemoCouncil:
    """What the loader needs to know about one demo council."""

    slug: str
    tenant_id: uuid.UUID
    agency_id: uuid.UUID
    agency_slug: str
    recorded_by: uuid.UUID
    seed: int


_T = TypeVar("_T")


def _weighted(rng: random.Random, options: tuple[tuple[_T, int], ...]) -> _T:
    return rng.choices([value for value, _ in options], [weight for _, weight in options])[0]


def _instant(day: date) -> datetime:
    return datetime.combine(day, time(11, 0), tzinfo=UTC)


def _capacity(
    rng: random.Random, typical: float, trained: set[int], domains: int
) -> tuple[list[int], list[int]]:
    """(capacity before training, capacity now): each course lifts its domain by one, to >= 3."""
    before = [max(0, min(MAX_LEVEL, round(rng.gauss(typical, 0.7)))) for _ in range(domains)]
    now = [
        max(min(MAX_LEVEL, level + 1), 3) if domain in trained else level
        for domain, level in enumerate(before)
    ]
    return before, now


def _name(rng: random.Random, taken: set[str]) -> str:
    """A household name ("Helen and Mark Ashworth", or one carer) not yet used in the council."""
    while True:
        first, second = rng.sample(FIRST_NAMES, k=2)
        carers = first if rng.random() < 0.3 else f"{first} and {second}"
        name = f"{carers} {rng.choice(CARER_NAMES)}"
        if name not in taken:
            taken.add(name)
            return name


def _household(
    rng: random.Random,
    taken: set[str],
    council: DemoCouncil,
    number: int,
    agency: bool,
    framework: Framework,
    today: date,
) -> list[object]:
    """One household with its capacity history and training records, ready to add."""
    tier = _weighted(
        rng, tuple((name, spec[2] if agency else spec[1]) for name, spec in EXPERIENCE.items())
    )
    typical = EXPERIENCE[tier][0]
    places = _weighted(rng, ((1, 3), (2, 4), (3, 3)))
    vacancies = _weighted(rng, ((0, 4), (1, 4), (2, 2))) if not agency else rng.randint(0, 2)
    age_min, age_max = _weighted(rng, AGE_RANGES)
    approvals = set(_weighted(rng, APPROVALS))
    if not agency and rng.random() < 0.08:
        approvals = {"kinship", "long_term"}
    place = rng.choice(DEMO_POSTCODES[council.slug])
    name = _name(rng, taken)
    domains = len(framework.domains)
    courses = rng.randint(0, 1) + (tier in ("experienced", "specialist")) + agency
    trained = set(rng.sample(range(domains), k=courses))
    before, now = _capacity(rng, typical, trained, domains)
    approved_on = today - timedelta(days=rng.randint(200, 3000))
    household = Household(
        id=uuid.uuid4(),
        tenant_id=council.tenant_id,
        reference=(
            f"{council.agency_slug[:2].upper()}-{council.slug[:2].upper()}-{number:03d}"
            if agency
            else f"{council.slug[:2].upper()}-FC-{number:03d}"
        ),
        name=name,
        agency_id=council.agency_id if agency else None,
        status="on_hold" if not agency and rng.random() < 0.05 else "active",
        age_min=age_min,
        age_max=age_max,
        places=places,
        vacancies=min(vacancies, places),
        approved_types=sorted(approvals),
        postcode=place.postcode,
        easting=place.easting,
        northing=place.northing,
        languages=["English", *rng.sample(LANGUAGES, k=1 if rng.random() < 0.2 else 0)],
        faith=rng.choice(FAITHS),
        other_children=_weighted(rng, ((0, 5), (1, 3), (2, 2))),
        weekly_fee_pence=(
            rng.randrange(82_000, 95_001, 500) if agency else rng.randrange(40_000, 60_001, 500)
        ),
        notes="Demo household.",
    )
    records: list[object] = [household]
    trained_on = {
        domain: approved_on + (today - approved_on) * rng.uniform(0.3, 0.9) for domain in trained
    }
    history = [(approved_on, before)] if trained else []
    history.append((max(trained_on.values(), default=approved_on), now))
    for effective, levels in history:
        records.append(
            CapacityProfile(
                tenant_id=council.tenant_id,
                household_id=household.id,
                framework_version=framework.version,
                effective_from=effective,
                levels=levels,
                evidence={
                    framework.domains[domain].key: f"{TRAINING[framework.domains[domain].key]} "
                    f"completed {trained_on[domain]:%B %Y}."
                    for domain in trained
                    if effective >= trained_on[domain]
                },
                recorded_by=council.recorded_by,
                recorded_at=_instant(effective),
            )
        )
    for domain in sorted(trained):
        key = framework.domains[domain].key
        records.append(
            TrainingRecord(
                tenant_id=council.tenant_id,
                household_id=household.id,
                title=TRAINING.get(key, f"{framework.domains[domain].name} training"),
                domain_key=key,
                completed_on=trained_on[domain],
                provider="Brightpath Fostering" if agency else "The Fostering Network",
            )
        )
    return records


async def load_demo_households(
    db: AsyncSession, council: DemoCouncil, *, framework: Framework, today: date
) -> None:
    """Add one council's in-house households and the partner agency's households it works with."""
    rng = random.Random(1000 + council.seed)  # noqa: S311 - demo data, not security
    taken: set[str] = set()
    for number in range(IN_HOUSE_PER_COUNCIL + AGENCY_PER_COUNCIL):
        agency = number >= IN_HOUSE_PER_COUNCIL
        records = _household(rng, taken, council, number + 1, agency, framework, today)
        db.add(records[0])
        await db.flush()  # the household first: no ORM relationships order the inserts
        db.add_all(records[1:])
    await db.flush()
