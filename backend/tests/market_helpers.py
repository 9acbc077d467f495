"""Small hand-checkable councils for the market analytics and cohort plan tests."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import httpx
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from factories import (
    create_assessment,
    create_child,
    create_organisation,
    create_team,
    create_user,
)
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import AssessmentStatus
from kindred.models.child import Child
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role, User

KEYS = load_default_framework().domain_keys


@dataclass
class Council:
    organisation: Organisation
    team: Team
    practitioner: User
    manager: User
    commissioner: User


async def new_council(db: AsyncSession) -> Council:
    council = await create_organisation(db)
    team = await create_team(db, council)
    return Council(
        council,
        team,
        await create_user(db, council, role=Role.practitioner, teams=[team]),
        await create_user(db, council, role=Role.manager, teams=[team]),
        await create_user(db, council, role=Role.commissioner),
    )


def levels_of(first: int, rest: int) -> list[int]:
    return [first] + [rest] * (len(KEYS) - 1)


async def assessed_child(
    db: AsyncSession,
    council: Council,
    levels: Sequence[int] | None,
    *,
    team: Team | None = None,
    **fields: object,
) -> Child:
    """A child of the council; with `levels`, an approved assessment at those levels."""
    child = await create_child(
        db, council.organisation, team or council.team, date_of_birth=date(2012, 3, 1), **fields
    )
    if levels is not None:
        assessment = await create_assessment(
            db,
            council.organisation,
            child,
            created_by=council.practitioner,
            status=AssessmentStatus.approved,
            levels=dict(zip(KEYS, levels, strict=True)),
        )
        await db.execute(
            update(Child).where(Child.id == child.id).values(latest_assessment_id=assessment.id)
        )
        await db.commit()
    return child


async def get_analytics(http: httpx.AsyncClient, path: str, **params: str) -> dict[str, object]:
    response = await http.get(f"/api/v1/analytics/{path}", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def names_of(*children: Child) -> list[str]:
    return [value for c in children for value in (str(c.id), c.given_name, c.local_child_id)]


# --- training gaps ----------------------------------------------------------------------------
