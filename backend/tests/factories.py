"""Small async helpers that make test records: `await create_user(db, council, role=...)`."""

import itertools
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.passwords import hash_password
from kindred.auth.secrets import new_token
from kindred.frameworks.loader import DEFAULT_FRAMEWORK_FILE, load_default_framework
from kindred.models.about_me import AboutMeVersion
from kindred.models.api_client import ApiClient
from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus
from kindred.models.child import Child
from kindred.models.cost import CostRecord
from kindred.models.framework_version import FrameworkVersion
from kindred.models.goal import Goal
from kindred.models.household import CapacityProfile, Household
from kindred.models.import_job import ImportJob
from kindred.models.organisation import Organisation, OrganisationKind, Team
from kindred.models.placement import Placement
from kindred.models.user import Role, TeamMembership, User, UserStatus

DEFAULT_PASSWORD = "correct horse battery staple kindred"
_sequence = itertools.count(1)


@cache
def _default_password_hash() -> str:
    return hash_password(DEFAULT_PASSWORD)


async def create_organisation(
    db: AsyncSession, *, kind: OrganisationKind = OrganisationKind.council, name: str | None = None
) -> Organisation:
    number = next(_sequence)
    organisation = Organisation(
        kind=kind.value,
        name=name or f"Test {kind.value} {number}",
        slug=f"test-{kind.value}-{number}-{uuid.uuid4().hex[:6]}",
    )
    db.add(organisation)
    await db.commit()
    return organisation


async def create_team(
    db: AsyncSession, organisation: Organisation, name: str | None = None
) -> Team:
    team = Team(tenant_id=organisation.id, name=name or f"Team {next(_sequence)}")
    db.add(team)
    await db.commit()
    return team


async def create_user(
    db: AsyncSession,
    organisation: Organisation,
    *,
    role: Role = Role.practitioner,
    email: str | None = None,
    password: str | None = None,
    teams: Iterable[Team] = (),
    status: UserStatus = UserStatus.active,
    display_name: str | None = None,
    child: "Child | None" = None,
) -> User:
    """A user; a young person is bound to `child` (a new child in their team when not given)."""
    teams = list(teams)
    if role is Role.young_person and child is None:
        team = teams[0] if teams else await create_team(db, organisation)
        child = await create_child(db, organisation, team)
    number = next(_sequence)
    user = User(
        tenant_id=organisation.id,
        email=email or f"{role.value}.{number}.{uuid.uuid4().hex[:6]}@example.org",
        display_name=display_name or f"{role.value.replace('_', ' ').title()} {number}",
        role=role.value,
        status=status.value,
        password_hash=hash_password(password) if password else _default_password_hash(),
        child_id=child.id if child is not None and role is Role.young_person else None,
    )
    db.add(user)
    await db.flush()
    for team in teams:
        db.add(TeamMembership(user_id=user.id, team_id=team.id, tenant_id=organisation.id))
    await db.commit()
    return user


async def create_api_client(
    db: AsyncSession, organisation: Organisation, *, scopes: Iterable[str] = ()
) -> tuple[ApiClient, str]:
    """A client and its plain secret (shown once, as the real endpoint does)."""
    secret = new_token()
    client = ApiClient(
        tenant_id=organisation.id,
        client_id=f"client-{uuid.uuid4().hex[:12]}",
        name=f"{organisation.name} case system",
        secret_hash=hash_password(secret),
        scopes=sorted(scopes),
    )
    db.add(client)
    await db.commit()
    return client, secret


async def create_child(
    db: AsyncSession,
    organisation: Organisation,
    team: Team,
    **overrides: object,
) -> Child:
    number = next(_sequence)
    fields: dict[str, object] = {
        "given_name": f"Child{number}",
        "family_name": "Example",
        "date_of_birth": date(2012, 5, 17),
        "sex": "2",
        "local_child_id": f"LC{number:06d}",
        "care_status": "in_care",
        "team_id": team.id,
    }
    fields.update(overrides)
    child = Child(tenant_id=organisation.id, **fields)
    db.add(child)
    await db.commit()
    return child


async def create_household(
    db: AsyncSession,
    council: Organisation,
    *,
    capacity: Iterable[int] | None = None,
    **overrides: object,
) -> Household:
    """A household approved for ages 0–18, two places, one free; capacity 2 everywhere."""
    number = next(_sequence)
    fields: dict[str, object] = {
        "reference": f"H{number:05d}",
        "name": f"Household {number}",
        "age_min": 0,
        "age_max": 18,
        "places": 2,
        "vacancies": 1,
        "approved_types": ["long_term", "short_term"],
        "weekly_fee_pence": 55_000,
    }
    fields.update(overrides)
    household = Household(tenant_id=council.id, **fields)
    db.add(household)
    await db.flush()
    recorder = await db.scalar(select(User.id).where(User.tenant_id == council.id).limit(1))
    if recorder is None:
        recorder = (await create_user(db, council, role=Role.admin)).id
    db.add(
        CapacityProfile(
            tenant_id=council.id,
            household_id=household.id,
            framework_version="1.0.0",
            effective_from=date(2026, 1, 1),
            levels=list(capacity) if capacity is not None else [2] * 12,
            recorded_by=recorder,
        )
    )
    await db.commit()
    return household


def framework_document(version: str, weights: Mapping[str, float] | None = None) -> dict[str, Any]:
    """The default framework's document under a new version, with some weights changed."""
    text = (
        resources.files("kindred.frameworks")
        .joinpath(DEFAULT_FRAMEWORK_FILE)
        .read_text(encoding="utf-8")
    )
    document: dict[str, Any] = json.loads(text)
    document["version"] = version
    for domain in document["domains"]:
        if weights and domain["key"] in weights:
            domain["weight"] = weights[domain["key"]]
    return document


async def create_framework_version(
    db: AsyncSession,
    council: Organisation,
    *,
    version: str = "2.0.0",
    weights: Mapping[str, float] | None = None,
    published_by: User | None = None,
) -> FrameworkVersion:
    publisher = published_by or await create_user(db, council, role=Role.admin)
    row = FrameworkVersion(
        tenant_id=council.id,
        version=version,
        document=framework_document(version, weights),
        published_by=publisher.id,
    )
    db.add(row)
    await db.commit()
    return row


async def create_assessment(
    db: AsyncSession,
    council: Organisation,
    child: Child,
    *,
    created_by: User,
    status: AssessmentStatus = AssessmentStatus.draft,
    levels: Mapping[str, int | None] | int | None = None,
    framework_version: str | None = None,
    **overrides: object,
) -> Assessment:
    """An assessment with a row per default domain; `levels` is one level for all, or a map."""
    keys = load_default_framework().domain_keys
    by_key = levels if isinstance(levels, Mapping) else dict.fromkeys(keys, levels)
    fields: dict[str, object] = {
        "child_id": child.id,
        "status": status.value,
        "framework_version": framework_version or load_default_framework().version,
        "created_by": created_by.id,
    }
    fields.update(overrides)
    assessment = Assessment(tenant_id=council.id, **fields)
    db.add(assessment)
    await db.flush()
    db.add_all(
        AssessmentDomain(
            tenant_id=council.id,
            assessment_id=assessment.id,
            domain_key=key,
            need_level=by_key.get(key),
            evidence="Seen at the review." if (by_key.get(key) or 0) >= 3 else "",
        )
        for key in keys
    )
    await db.commit()
    return assessment


async def create_goal(
    db: AsyncSession,
    council: Organisation,
    child: Child,
    *,
    created_by: User,
    domain_key: str = "learning_and_education",
    title: str = "Go to school every day",
) -> Goal:
    goal = Goal(
        tenant_id=council.id,
        child_id=child.id,
        domain_key=domain_key,
        title=title,
        created_by=created_by.id,
    )
    db.add(goal)
    await db.commit()
    return goal


async def create_placement(
    db: AsyncSession, council: Organisation, child: Child, **overrides: object
) -> Placement:
    """A current in-house foster placement (U4, PR1, C2) that began on 1 March 2025."""

    fields: dict[str, object] = {
        "child_id": child.id,
        "start_date": date(2025, 3, 1),
        "placement_type": "U4",
        "provider": "PR1",
        "legal_status": "C2",
    }
    fields.update(overrides)
    placement = Placement(tenant_id=council.id, **fields)
    db.add(placement)
    await db.commit()
    return placement


async def create_cost_record(
    db: AsyncSession, council: Organisation, child: Child, **overrides: object
) -> CostRecord:
    """A running weekly placement fee of £550 paid by social care since 1 March 2025."""

    fields: dict[str, object] = {
        "child_id": child.id,
        "kind": "placement",
        "frequency": "weekly",
        "amount_pence": 55_000,
        "funder": "social_care",
        "start_date": date(2025, 3, 1),
    }
    fields.update(overrides)
    record = CostRecord(tenant_id=council.id, **fields)
    db.add(record)
    await db.commit()
    return record


async def create_import_job(db: AsyncSession, council: Organisation) -> ImportJob:
    job = ImportJob(
        tenant_id=council.id,
        kind="ssda903",
        status="succeeded",
        valid_rows_only=False,
        header_filename="header.csv",
        episodes_filename="episodes.csv",
    )
    db.add(job)
    await db.commit()
    return job


ABOUT_ME_SECTIONS = (
    "good_at",
    "matters_to_me",
    "want_people_to_know",
    "helps_when_hard",
    "goals_soon",
    "goals_older",
    "important_people",
)


async def create_about_me(
    db: AsyncSession,
    child: Child,
    *,
    author: User,
    number: int = 1,
    sections: Mapping[str, str] | None = None,
    self_ratings: Mapping[str, Mapping[str, object]] | None = None,
    not_shared: Iterable[str] = (),
) -> AboutMeVersion:
    """A version of a child's "About me" as the young person saved it; all shared unless told."""
    hidden = set(not_shared)
    version = AboutMeVersion(
        tenant_id=child.tenant_id,
        child_id=child.id,
        number=number,
        author_user_id=author.id,
        framework_version=load_default_framework().version,
        sections={key: (sections or {}).get(key, "") for key in ABOUT_ME_SECTIONS},
        self_ratings={key: dict(value) for key, value in (self_ratings or {}).items()},
        share={key: key not in hidden for key in ABOUT_ME_SECTIONS},
    )
    db.add(version)
    await db.commit()
    return version
