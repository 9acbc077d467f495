"""Admins list their own organisation's accounts, and only theirs: filters, sorting and
pages, and nothing for non-admins or another organisation's admin."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_team, create_user
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role, User, UserStatus
from user_admin_helpers import USERS, new_user_body


async def test_list_filters_sorts_and_paginates(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    other = await create_organisation(db)
    north = await create_team(db, council, "North")
    admin = await create_user(db, council, role=Role.admin, display_name="Zed Admin")
    alice = await create_user(
        db, council, display_name="alice Brown", teams=[north], email="alice@example.org"
    )
    bob = await create_user(
        db, council, role=Role.manager, display_name="Bob Carter", teams=[north]
    )
    cara = await create_user(
        db, council, display_name="Cara Dunn", status=UserStatus.paused, email="cd@brown.example"
    )
    await create_user(db, other, display_name="Aaron Other Council")
    http = await sign_in_as(admin)

    async def names(**params: str) -> list[str]:
        response = await http.get(USERS, params=params)
        assert response.status_code == 200, response.text
        return [item["display_name"] for item in response.json()["items"]]

    assert await names() == ["alice Brown", "Bob Carter", "Cara Dunn", "Zed Admin"]
    assert await names(sort="-display_name") == [
        "Zed Admin",
        "Cara Dunn",
        "Bob Carter",
        "alice Brown",
    ]
    assert await names(sort="email") == sorted(
        ["alice Brown", "Bob Carter", "Cara Dunn", "Zed Admin"],
        key=lambda name: {
            "alice Brown": alice.email,
            "Bob Carter": bob.email,
            "Cara Dunn": cara.email,
            "Zed Admin": admin.email,
        }[name],
    )
    assert await names(sort="-created_at") == [
        "Cara Dunn",
        "Bob Carter",
        "alice Brown",
        "Zed Admin",
    ]
    assert await names(role="manager") == ["Bob Carter"]
    assert await names(team_id=str(north.id)) == ["alice Brown", "Bob Carter"]
    assert await names(status="paused") == ["Cara Dunn"]
    assert await names(q="BROWN") == ["alice Brown", "Cara Dunn"]  # name, and e-mail
    assert await names(q="%") == []  # wildcards are matched literally
    assert await names(q="brown", status="active") == ["alice Brown"]

    page = await http.get(USERS, params={"page": 2, "page_size": 3})
    assert page.json()["total"] == 4
    assert page.json()["page"] == 2
    assert [item["display_name"] for item in page.json()["items"]] == ["Zed Admin"]
    first = (await http.get(USERS, params={"q": "alice"})).json()["items"][0]
    assert first["teams"] == [{"id": str(north.id), "name": "North"}]


async def test_bad_list_parameters_are_422(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    for params in ({"sort": "password_hash"}, {"q": "x" * 101}, {"role": "owner"}, {"q": "a\x00"}):
        response = await http.get(USERS, params=params)
        assert response.status_code == 422, params
        assert response.headers["content-type"] == "application/problem+json"


async def test_people_who_are_not_admins_are_refused(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    colleague = await create_user(db, council)
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    callers = [
        await sign_in_as(await create_user(db, council, role=Role.manager)),
        await sign_in_as(await create_user(db, agency, role=Role.agency_user)),
    ]

    for http in callers:
        assert (await http.get(USERS)).status_code == 403
        assert (await http.get(f"{USERS}/{colleague.id}")).status_code == 403
        assert (await http.post(USERS, json=new_user_body())).status_code == 403
        patch = await http.patch(f"{USERS}/{colleague.id}", json={"version": 1, "role": "admin"})
        assert patch.status_code == 403
    stored = await db.scalar(select(User.role).where(User.id == colleague.id))
    assert stored == "practitioner"


async def test_another_councils_admin_cannot_see_or_change_this_councils_accounts(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    other_admin = await sign_in_as(
        await create_user(db, await create_organisation(db), role=Role.admin)
    )

    fetched = await other_admin.get(f"{USERS}/{user.id}")
    changed = await other_admin.patch(f"{USERS}/{user.id}", json={"version": 1, "status": "ended"})
    listed = await other_admin.get(USERS, params={"q": user.email})

    assert fetched.status_code == 404
    assert fetched.json()["detail"] == "No such user."
    assert changed.status_code == 404
    assert listed.json()["total"] == 0
    stored = await db.scalar(select(User.status).where(User.id == user.id))
    assert stored == "active"


async def test_an_agency_admin_manages_only_the_agencys_accounts(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    council = await create_organisation(db)
    await create_user(db, council, display_name="Council Person")
    admin = await create_user(db, agency, role=Role.admin, display_name="Agency Admin")
    await create_user(db, agency, role=Role.agency_user, display_name="Agency Worker")
    http = await sign_in_as(admin)

    listed = await http.get(USERS)

    assert listed.status_code == 200
    assert [item["display_name"] for item in listed.json()["items"]] == [
        "Agency Admin",
        "Agency Worker",
    ]
