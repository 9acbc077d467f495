"""`/auth/me` lists the actions a person's role allows: the policy's own table, not a copy."""

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_user
from kindred.auth.policy import AGENCY_ACTIONS, ROLE_ACTIONS
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role

COUNCIL_ROLES = [role for role in Role if role is not Role.agency_user]
AGENCY_ROLES = [Role.agency_user, Role.admin]


def _expected(role: Role, kind: OrganisationKind) -> set[str]:
    allowed = ROLE_ACTIONS[role]
    if kind is OrganisationKind.agency:
        allowed = allowed & AGENCY_ACTIONS
    return {action.value for action in allowed}


@pytest.mark.parametrize(
    ("kind", "role"),
    [(OrganisationKind.council, role) for role in COUNCIL_ROLES]
    + [(OrganisationKind.agency, role) for role in AGENCY_ROLES],
)
async def test_me_lists_what_the_role_may_do_in_its_organisation(
    db: AsyncSession, sign_in_as: SignIn, kind: OrganisationKind, role: Role
) -> None:
    organisation = await create_organisation(db, kind=kind)
    http = await sign_in_as(await create_user(db, organisation, role=role))

    response = await http.get("/api/v1/auth/me")

    assert response.status_code == 200
    actions = response.json()["actions"]
    assert len(actions) == len(set(actions))
    assert set(actions) == _expected(role, kind)


async def test_the_openapi_document_carries_the_same_table(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.manager))

    document = (await http.get("/api/v1/openapi.json")).json()
    me = (await http.get("/api/v1/auth/me")).json()

    actions = document["components"]["schemas"]["MeRead"]["properties"]["actions"]
    by_role = actions["x-actions-by-role"]
    assert by_role["council"]["manager"] == me["actions"]
    assert set(by_role["agency"]) == {role.value for role in AGENCY_ROLES}
    assert set(by_role["council"]) == {role.value for role in COUNCIL_ROLES}
