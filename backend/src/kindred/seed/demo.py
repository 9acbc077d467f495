"""Demo data for a first run: two councils with two teams each, every role, a partner agency.

Every demo person signs in with DEMO_PASSWORD. The agency's API client has a known secret so
the partner API can be tried with curl straight away. Never load this into a real database.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.passwords import hash_password
from kindred.frameworks.loader import load_default_framework
from kindred.models.api_client import ApiClient
from kindred.models.organisation import Organisation, OrganisationKind, Team
from kindred.models.user import Role, TeamMembership, User
from kindred.seed.demo_children import Caseworkers, load_demo_children
from kindred.seed.demo_history import HistoryCouncil
from kindred.seed.demo_households import DEMO_POSTCODES, DemoCouncil, load_demo_households
from kindred.seed.demo_placements import load_demo_placements
from kindred.seed.demo_referrals import load_demo_referrals
from kindred.seed.demo_young_people import load_demo_young_person, username

DEMO_PASSWORD = "kindred demo password"  # noqa: S105 - published demo credentials
DEMO_CLIENT_ID = "kc_demo_brightpath"
DEMO_CLIENT_SECRET = "brightpath-demo-secret-not-for-production"  # noqa: S105 - demo only


@dataclass(frozen=True)
class DemoPerson:
    email: str
    name: str
    role: Role
    team: str | None


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: str
    kind: OrganisationKind
    teams: tuple[str, ...]
    people: tuple[DemoPerson, ...]


_COUNCIL_ROLES = (
    ("practitioner", Role.practitioner, 0),
    ("practitioner2", Role.practitioner, 1),
    ("manager", Role.manager, 0),
    ("manager2", Role.manager, 1),
    ("commissioner", Role.commissioner, None),
    ("admin", Role.admin, None),
)


def _council(
    slug: str, name: str, teams: tuple[str, str], names: tuple[str, ...]
) -> DemoOrganisation:
    """A council whose people have the same e-mail names in every demo council."""
    people = tuple(
        DemoPerson(f"{mailbox}@{slug}.example", person, role, None if team is None else teams[team])
        for (mailbox, role, team), person in zip(_COUNCIL_ROLES, names, strict=True)
    )
    return DemoOrganisation(slug, name, OrganisationKind.council, teams, people)


DEMO_ORGANISATIONS = (
    _council(
        "northshire",
        "Northshire County Council",
        ("North Team", "East Team"),
        ("Sam Okafor", "Priya Shah", "Morgan Ellis", "Jo Adeyemi", "Chris Lambert", "Alex Turner"),
    ),
    _council(
        "southvale",
        "Southvale City Council",
        ("Central Team", "West Team"),
        ("Rhys Morgan", "Aisha Begum", "Kate Doyle", "Tom Nkemelu", "Ruth Ward", "Ben Carter"),
    ),
    DemoOrganisation(
        slug="brightpath",
        name="Brightpath Fostering",
        kind=OrganisationKind.agency,
        teams=(),
        people=(
            DemoPerson("placements@brightpath.example", "Dana Whitfield", Role.agency_user, None),
            DemoPerson("admin@brightpath.example", "Lee Harper", Role.admin, None),
        ),
    ),
)


async def database_is_empty(db: AsyncSession) -> bool:
    return (await db.scalar(select(func.count()).select_from(Organisation))) == 0


async def load_demo(db: AsyncSession, *, today: date) -> None:
    """Create the demo organisations, teams, people, children and the agency's API client."""
    password_hash = hash_password(DEMO_PASSWORD)
    councils: list[tuple[str, uuid.UUID, uuid.UUID, int]] = []
    agencies: list[tuple[str, uuid.UUID]] = []
    for seed, spec in enumerate(DEMO_ORGANISATIONS, start=1):
        organisation = Organisation(kind=spec.kind.value, name=spec.name, slug=spec.slug)
        db.add(organisation)
        await db.flush()
        teams = {name: Team(tenant_id=organisation.id, name=name) for name in spec.teams}
        db.add_all(teams.values())
        await db.flush()
        people: dict[tuple[str | None, Role], uuid.UUID] = {}
        for person in spec.people:
            user = User(
                tenant_id=organisation.id,
                email=person.email,
                display_name=person.name,
                role=person.role.value,
                password_hash=password_hash,
            )
            db.add(user)
            await db.flush()
            people[(person.team, person.role)] = user.id
            if person.team:
                db.add(
                    TeamMembership(
                        user_id=user.id, team_id=teams[person.team].id, tenant_id=organisation.id
                    )
                )
        if spec.kind is OrganisationKind.council:
            caseworkers = [
                Caseworkers(
                    team_id=team.id,
                    practitioner_id=people[(name, Role.practitioner)],
                    manager_id=people[(name, Role.manager)],
                )
                for name, team in teams.items()
            ]
            await load_demo_children(
                db,
                tenant_id=organisation.id,
                teams=caseworkers,
                framework=load_default_framework(),
                today=today,
                seed=seed,
                home_postcodes=DEMO_POSTCODES[spec.slug],
            )
            await load_demo_young_person(
                db,
                tenant_id=organisation.id,
                slug=spec.slug,
                team_id=teams[spec.teams[0]].id,
                password_hash=password_hash,
                framework=load_default_framework(),
            )
            councils.append((spec.slug, organisation.id, people[(None, Role.admin)], seed))
        if spec.kind is OrganisationKind.agency:
            agencies.append((spec.slug, organisation.id))
            db.add(
                ApiClient(
                    tenant_id=organisation.id,
                    client_id=DEMO_CLIENT_ID,
                    name=f"{spec.name} case system (demo)",
                    secret_hash=hash_password(DEMO_CLIENT_SECRET),
                    scopes=["offers:write", "referrals:read", "webhooks:manage"],
                )
            )
    # Households last: each council's include the partner agency's, created after the councils.
    agency_slug, agency_id = agencies[0]
    for slug, tenant_id, admin_id, seed in councils:
        council = DemoCouncil(slug, tenant_id, agency_id, agency_slug, admin_id, seed)
        await load_demo_households(db, council, framework=load_default_framework(), today=today)
    history = [HistoryCouncil(*council) for council in councils]
    await load_demo_placements(db, history, today=today)
    await load_demo_referrals(db, today=today)
    await db.flush()


def demo_sign_ins() -> list[str]:
    """Lines to print after start-up, so a first-time user can sign in."""
    lines = [f"Demo sign-ins (password for everyone: {DEMO_PASSWORD!r}):"]
    for spec in DEMO_ORGANISATIONS:
        lines.append(f"  {spec.name}")
        lines.extend(
            f"    {person.role.value:<13} {person.email:<34} {person.name}"
            + (f" ({person.team})" if person.team else "")
            for person in spec.people
        )
        if spec.kind is OrganisationKind.council:
            lines.append(
                f"    {Role.young_person.value:<13} {username(spec.slug):<34} "
                f"the {spec.teams[0]}'s first child (tablet: /young-people)"
            )
    lines.append(f"  Partner API client: id {DEMO_CLIENT_ID!r}, secret {DEMO_CLIENT_SECRET!r}")
    return lines
