"""A team with a child, its workers and two managers: the set-up the assessment tests share, with
the steps that start, save, submit and approve an assessment through the API."""

from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from factories import create_child, create_organisation, create_team, create_user
from kindred.frameworks.loader import load_default_framework
from kindred.models.child import Child
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role, User

API = "/api/v1"
KEYS = load_default_framework().domain_keys
LEVELS = dict(zip(KEYS, [0, 1, 2, 3, 4, 1, 2, 0, 3, 1, 2, 1], strict=True))
LOWER = {key: max(level - 1, 0) for key, level in LEVELS.items()}


@dataclass
class Office:
    council: Organisation
    team: Team
    worker: User
    colleague: User
    manager: User
    deputy: User
    child: Child


async def office_with_child(db: AsyncSession) -> Office:
    council = await create_organisation(db)
    team = await create_team(db, council, "Central")
    worker = await create_user(db, council, teams=[team], display_name="Wren Worker")
    colleague = await create_user(db, council, teams=[team], display_name="Cole Colleague")
    manager = await create_user(db, council, role=Role.manager, teams=[team])
    deputy = await create_user(db, council, role=Role.manager, teams=[team])
    child = await create_child(db, council, team, given_name="Nia", family_name="Lane")
    return Office(council, team, worker, colleague, manager, deputy, child)


def domains_at(levels: dict[str, int], evidence: bool = True) -> dict[str, dict[str, object]]:
    """The `domains` of a save: these levels, with the evidence that level 3 and above need."""
    return {
        key: {"need_level": level, "evidence": f"Seen: {key}" if evidence and level >= 3 else ""}
        for key, level in levels.items()
    }


async def start_assessment(http: httpx.AsyncClient, child: Child, **body: object) -> dict[str, Any]:
    response = await http.post(f"{API}/children/{child.id}/assessments", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def patch_assessment(
    http: httpx.AsyncClient, assessment: dict[str, Any], **body: object
) -> httpx.Response:
    return await http.patch(
        f"{API}/assessments/{assessment['id']}", json={"version": assessment["version"], **body}
    )


async def take_step(
    http: httpx.AsyncClient, assessment: dict[str, Any], step: str
) -> httpx.Response:
    """Submit, approve or return `assessment` at the version the caller last saw."""
    return await http.post(
        f"{API}/assessments/{assessment['id']}/{step}", json={"version": assessment["version"]}
    )


async def submitted_assessment(
    http: httpx.AsyncClient, child: Child, levels: dict[str, int] = LEVELS, **start: object
) -> dict[str, Any]:
    draft = await start_assessment(http, child, **start)
    filled = await patch_assessment(
        http, draft, summary="Settled at school.", domains=domains_at(levels)
    )
    assert filled.status_code == 200, filled.text
    submitted = await take_step(http, filled.json(), "submit")
    assert submitted.status_code == 200, submitted.text
    return dict(submitted.json())


async def approved_assessment(
    worker: httpx.AsyncClient, manager: httpx.AsyncClient, child: Child, levels: dict[str, int]
) -> dict[str, Any]:
    submitted = await submitted_assessment(worker, child, levels)
    approved = await take_step(manager, submitted, "approve")
    assert approved.status_code == 200, approved.text
    return dict(approved.json())
