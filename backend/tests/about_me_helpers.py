"""A child with a young person's account and a worker: the set-up the "About me" tests share, with
the body of a save and an approved assessment the young person's wheel is drawn from."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from factories import (
    ABOUT_ME_SECTIONS,
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

API = "/api/v1"
ABOUT_ME = f"{API}/me/about-me"
FRAMEWORK = load_default_framework()
KEYS = FRAMEWORK.domain_keys
APPROVED = dict(zip(KEYS, [0, 1, 2, 3, 4, 1, 2, 0, 3, 1, 2, 1], strict=True))


@dataclass
class Office:
    council: Organisation
    team: Team
    worker: User
    child: Child
    young_person: User


async def office_with_young_person(db: AsyncSession) -> Office:
    council = await create_organisation(db)
    team = await create_team(db, council, "Central Team")
    worker = await create_user(db, council, teams=[team], display_name="Rhys Morgan")
    child = await create_child(db, council, team, given_name="Nia", family_name="Lane")
    young_person = await create_user(
        db, council, role=Role.young_person, child=child, display_name="Nia"
    )
    return Office(council, team, worker, child, young_person)


def about_me_body(based_on: int, **changes: Any) -> dict[str, Any]:
    """A save of every section (blank unless changed), all shared unless said otherwise."""
    sections = dict.fromkeys(ABOUT_ME_SECTIONS, "")
    sections.update(changes.pop("sections", {}))
    share = dict.fromkeys(ABOUT_ME_SECTIONS, True)
    share.update(changes.pop("share", {}))
    return {
        "based_on": based_on,
        "sections": sections,
        "self_ratings": changes.pop("self_ratings", {}),
        "share": share,
        **changes,
    }


def json_keys(value: object) -> Iterator[str]:
    """Every key anywhere in a JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_keys(item)


async def approve_assessment(
    db: AsyncSession, office: Office, levels: dict[str, int], days_ago: int
) -> Any:
    """An assessment of the child at `levels`, approved `days_ago`, with a case summary."""
    return await create_assessment(
        db,
        office.council,
        office.child,
        created_by=office.worker,
        status=AssessmentStatus.approved,
        levels=levels,
        approved_at=datetime.now(UTC) - timedelta(days=days_ago),
        assessed_on=date.today() - timedelta(days=days_ago),
        summary="Case summary the young person must not see.",
    )
