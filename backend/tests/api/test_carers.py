"""Fostering households: profiles in the needs language, postcodes placed, history kept."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_household, create_organisation, create_team, create_user
from kindred.frameworks.loader import load_default_framework
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.user import Role

CARERS = "/api/v1/carers"
DOMAINS = load_default_framework().domain_keys


def _household(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "reference": "IH-0042",
        "name": "The Rahman household",
        "terms": {"age_min": 5, "age_max": 15, "places": 2, "approved_types": ["long_term"]},
        "vacancies": 1,
        "postcode": "ls1 4ab",
        "languages": ["English", "Bengali"],
        "faith": "Muslim",
        "weekly_fee_pence": 52_500,
        "capacity": dict.fromkeys(DOMAINS, 2),
    }
    body.update(overrides)
    return body


async def _signed_in(
    sign_in_as: SignIn, db: AsyncSession, role: Role
) -> tuple[httpx.AsyncClient, Organisation]:
    council = await create_organisation(db)
    user = await create_user(db, council, role=role, teams=[await create_team(db, council)])
    return await sign_in_as(user), council


async def test_add_a_household_with_its_capacity(sign_in_as: SignIn, db: AsyncSession) -> None:
    http, _ = await _signed_in(sign_in_as, db, Role.practitioner)

    response = await http.post(CARERS, json=_household())

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["postcode"] == "LS1 4AB"
    assert body["in_house"] is True
    assert body["capacity"] == dict.fromkeys(DOMAINS, 2)
    assert body["weekly_fee_pence"] == 52_500
    assert len(body["capacity_history"]) == 1


async def test_unknown_or_malformed_postcode_is_a_clear_422(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    http, _ = await _signed_in(sign_in_as, db, Role.practitioner)

    malformed = await http.post(CARERS, json=_household(postcode="not a postcode"))
    unknown = await http.post(CARERS, json=_household(postcode="ZZ9 9ZZ"))

    assert malformed.status_code == unknown.status_code == 422
    assert malformed.json()["errors"][0]["field"] == "body.postcode"
    assert "could not find ZZ9 9ZZ" in unknown.json()["errors"][0]["message"]


async def test_capacity_must_cover_every_domain(sign_in_as: SignIn, db: AsyncSession) -> None:
    http, _ = await _signed_in(sign_in_as, db, Role.practitioner)
    partial = dict.fromkeys(DOMAINS[:3], 2) | {"astrology": 1}

    response = await http.post(CARERS, json=_household(capacity=partial))

    assert response.status_code == 422
    fields = {error["field"] for error in response.json()["errors"]}
    assert "body.capacity.astrology" in fields
    assert f"body.capacity.{DOMAINS[5]}" in fields


async def test_terms_are_validated(sign_in_as: SignIn, db: AsyncSession) -> None:
    http, _ = await _signed_in(sign_in_as, db, Role.practitioner)
    bad_terms = {"age_min": 12, "age_max": 3, "places": 9, "approved_types": ["holiday"]}

    response = await http.post(CARERS, json=_household(terms=bad_terms, vacancies=3))

    assert response.status_code == 422


async def test_capacity_history_and_training_are_kept(sign_in_as: SignIn, db: AsyncSession) -> None:
    http, council = await _signed_in(sign_in_as, db, Role.manager)
    household = await create_household(db, council)
    raised = dict.fromkeys(DOMAINS, 3)

    capacity = await http.post(
        f"{CARERS}/{household.id}/capacity",
        json={"effective_from": "2026-06-01", "levels": raised, "evidence": {DOMAINS[0]: "Course"}},
    )
    training = await http.post(
        f"{CARERS}/{household.id}/training",
        json={
            "title": "Trauma-informed care",
            "domain_key": DOMAINS[1],
            "completed_on": "2026-05-20",
        },
    )

    assert capacity.status_code == 201
    assert training.status_code == 201
    body = training.json()
    assert body["capacity"] == raised
    assert [entry["effective_from"] for entry in body["capacity_history"]] == [
        "2026-06-01",
        "2026-01-01",
    ]
    assert body["training"][0]["title"] == "Trauma-informed care"


async def test_list_filters_in_house_and_vacancy(sign_in_as: SignIn, db: AsyncSession) -> None:
    http, council = await _signed_in(sign_in_as, db, Role.commissioner)
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    await create_household(db, council, name="In-house with room")
    await create_household(db, council, name="In-house full", vacancies=0)
    await create_household(db, council, name="Agency with room", agency_id=agency.id)

    in_house = (await http.get(CARERS, params={"in_house": True})).json()
    with_room = (await http.get(CARERS, params={"with_vacancy": True})).json()

    assert {item["name"] for item in in_house["items"]} == {"In-house with room", "In-house full"}
    assert {item["name"] for item in with_room["items"]} == {
        "In-house with room",
        "Agency with room",
    }
    assert next(i for i in with_room["items"] if i["name"] == "Agency with room")["agency"][
        "id"
    ] == str(agency.id)


async def test_list_filters_by_approval_type(sign_in_as: SignIn, db: AsyncSession) -> None:
    """Regression (issue 14): any `approved_type` answered 500 from the array comparison."""
    http, council = await _signed_in(sign_in_as, db, Role.commissioner)
    await create_household(db, council, name="Long-term", approved_types=["long_term"])
    await create_household(db, council, name="Respite", approved_types=["respite", "emergency"])

    long_term = await http.get(CARERS, params={"approved_type": "long_term"})
    respite = await http.get(CARERS, params={"approved_type": "respite"})
    kinship = await http.get(CARERS, params={"approved_type": "kinship"})

    assert long_term.status_code == 200, long_term.text
    assert [item["name"] for item in long_term.json()["items"]] == ["Long-term"]
    assert [item["name"] for item in respite.json()["items"]] == ["Respite"]
    assert kinship.json()["items"] == []


async def test_stale_update_is_409_and_commissioners_cannot_change(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    http, council = await _signed_in(sign_in_as, db, Role.practitioner)
    commissioner = await create_user(db, council, role=Role.commissioner)
    household = await create_household(db, council)

    first = await http.patch(f"{CARERS}/{household.id}", json={"version": 1, "vacancies": 0})
    stale = await http.patch(f"{CARERS}/{household.id}", json={"version": 1, "vacancies": 2})
    denied = await (await sign_in_as(commissioner)).patch(
        f"{CARERS}/{household.id}", json={"version": 2, "vacancies": 1}
    )

    assert first.status_code == 200
    assert stale.status_code == 409
    assert stale.json()["current"]["vacancies"] == 0
    assert denied.status_code == 403
