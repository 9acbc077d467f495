"""One e-mail address, accounts in several organisations: sign-in finds the right one.

E-mail addresses are unique per organisation (ADR 0007), so an admin learns nothing about other
organisations' accounts. Sign-in opens the account whose password was given; only when one
password opens accounts in more than one organisation does the person choose which.
"""

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from factories import DEFAULT_PASSWORD, create_organisation, create_user
from kindred.models.audit import AuditEvent
from kindred.models.organisation import Organisation

SIGN_IN = "/api/v1/auth/sign-in"
ADDRESS = "sam.okafor@example.org"
OTHER_PASSWORD = "harbour lantern quietly seventy"


async def _two_councils(
    db: AsyncSession, *, south_password: str | None = None
) -> tuple[Organisation, Organisation]:
    """Northshire and Southvale, each with an account for ADDRESS (the default password in
    Northshire; `south_password` in Southvale, or the same one)."""
    north = await create_organisation(db, name="Northshire County Council")
    south = await create_organisation(db, name="Southvale City Council")
    await create_user(db, north, email=ADDRESS)
    await create_user(db, south, email=ADDRESS, password=south_password)
    return north, south


async def test_each_password_opens_its_own_organisations_account(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    await _two_councils(db, south_password=OTHER_PASSWORD)

    as_north = await client.post(SIGN_IN, json={"email": ADDRESS, "password": DEFAULT_PASSWORD})
    as_south = await client.post(SIGN_IN, json={"email": ADDRESS, "password": OTHER_PASSWORD})

    assert as_north.status_code == as_south.status_code == 200, as_north.text
    assert as_north.json()["organisation"]["name"] == "Northshire County Council"
    assert as_south.json()["organisation"]["name"] == "Southvale City Council"


async def test_one_password_for_two_organisations_asks_which_then_signs_in_there(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    _, south = await _two_councils(db)
    credentials = {"email": ADDRESS, "password": DEFAULT_PASSWORD}

    ask = await client.post(SIGN_IN, json=credentials)
    chosen = await client.post(SIGN_IN, json={**credentials, "organisation_id": str(south.id)})

    assert ask.status_code == 409
    assert ask.headers["content-type"] == "application/problem+json"
    assert ask.json()["type"].endswith("/choose-organisation")
    assert sorted(o["name"] for o in ask.json()["organisations"]) == [
        "Northshire County Council",
        "Southvale City Council",
    ]
    assert "kindred_session" not in ask.headers.get("set-cookie", "")
    assert chosen.status_code == 200, chosen.text
    assert chosen.json()["organisation"]["id"] == str(south.id)


async def test_a_wrong_password_or_organisation_gets_the_usual_answer_and_is_audited_in_each(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    north, south = await _two_councils(db, south_password=OTHER_PASSWORD)
    elsewhere = await create_organisation(db)

    wrong = await client.post(SIGN_IN, json={"email": ADDRESS, "password": "not the password"})
    unknown = await client.post(
        SIGN_IN, json={"email": "nobody@example.org", "password": "not the password"}
    )
    not_there = await client.post(
        SIGN_IN,
        json={"email": ADDRESS, "password": OTHER_PASSWORD, "organisation_id": str(elsewhere.id)},
    )

    assert wrong.status_code == unknown.status_code == not_there.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"] == not_there.json()["detail"]
    failures = await db.scalars(
        select(AuditEvent.tenant_id).where(
            AuditEvent.action == "sign_in_failure", AuditEvent.actor_label == ADDRESS
        )
    )
    assert sorted(map(str, failures)) == sorted(map(str, [north.id, south.id] * 2))
