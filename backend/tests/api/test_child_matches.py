"""Matching a child to households: verdicts per domain, hard filters, ranking, a live cache."""

from datetime import date

import httpx
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_assessment,
    create_child,
    create_household,
    create_organisation,
    create_team,
    create_user,
)
from kindred.geography.postcodes import postcode_directory
from kindred.models.assessment import AssessmentStatus
from kindred.models.child import Child
from kindred.models.organisation import Organisation
from kindred.models.user import Role, User

LEEDS = postcode_directory().locate("LS1 4AB")
YORK = postcode_directory().locate("YO1 7HH")


async def _child_with_needs(
    db: AsyncSession, level: int = 2, **child_fields: object
) -> tuple[Organisation, Child, User]:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, role=Role.practitioner, teams=[team])
    child = await create_child(db, council, team, date_of_birth=date(2015, 1, 1), **child_fields)
    assessment = await create_assessment(
        db, council, child, created_by=worker, status=AssessmentStatus.approved, levels=level
    )
    await db.execute(
        update(Child).where(Child.id == child.id).values(latest_assessment_id=assessment.id)
    )
    await db.commit()
    return council, child, worker


QueryValue = str | int | float | bool


def _matches(child: Child, **params: QueryValue) -> tuple[str, dict[str, QueryValue]]:
    return f"/api/v1/children/{child.id}/matches", params


async def test_households_are_ranked_by_unmet_then_support_then_fit(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, child, worker = await _child_with_needs(db, level=2)
    met = await create_household(db, council, name="Meets all", capacity=[2] * 12)
    support = await create_household(db, council, name="Needs training", capacity=[1] * 12)
    unmet = await create_household(db, council, name="Cannot meet", capacity=[0] * 12)
    http = await sign_in_as(worker)

    url, params = _matches(child)
    response = await http.get(url, params=params)

    assert response.status_code == 200, response.text
    body = response.json()
    assert [m["household"]["id"] for m in body["matches"]] == [
        str(met.id),
        str(support.id),
        str(unmet.id),
    ]
    first, second, third = body["matches"]
    assert first["fit"] == 100
    assert first["unmet_count"] == 0
    assert {d["verdict"] for d in first["domains"]} == {"met"}
    assert second["support_count"] == 12
    assert {d["verdict"] for d in second["domains"]} == {"support"}
    assert third["unmet_count"] == 12
    assert third["fit"] == 0
    assert "fewest unmet domains" in body["ranking"]


async def test_hard_filters_leave_households_out_with_reasons_on_request(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, child, worker = await _child_with_needs(db)
    await create_household(db, council, name="Too young only", age_min=0, age_max=4)
    await create_household(db, council, name="Full", vacancies=0)
    await create_household(db, council, name="Respite only", approved_types=["respite"])
    fits = await create_household(db, council, name="Fits")
    http = await sign_in_as(worker)

    url, params = _matches(child, include_excluded=True)
    body = (await http.get(url, params=params)).json()

    assert [m["household"]["id"] for m in body["matches"]] == [str(fits.id)]
    reasons = {e["household"]["name"]: e["reasons"] for e in body["excluded"]}
    assert reasons == {
        "Too young only": ["age_outside_terms"],
        "Full": ["no_vacancy"],
        "Respite only": ["type_not_approved"],
    }
    assert body["total_excluded"] == 3


async def test_a_sibling_group_needs_places_together(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, child, worker = await _child_with_needs(db)
    await create_household(db, council, name="One place", vacancies=1)
    together = await create_household(
        db,
        council,
        name="Siblings welcome",
        places=3,
        vacancies=2,
        approved_types=["long_term", "siblings"],
    )
    http = await sign_in_as(worker)

    url, params = _matches(child, siblings=2)
    body = (await http.get(url, params=params)).json()

    assert [m["household"]["id"] for m in body["matches"]] == [str(together.id)]


async def test_an_excluded_household_is_never_proposed(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, child, worker = await _child_with_needs(db)
    household = await create_household(db, council, name="Known connection")
    http = await sign_in_as(worker)

    excluded = await http.post(
        f"/api/v1/children/{child.id}/exclusions",
        json={"household_id": str(household.id), "reason": "Birth family lives next door"},
    )
    url, params = _matches(child, include_excluded=True)
    body = (await http.get(url, params=params)).json()

    assert excluded.status_code == 201
    assert excluded.json()[0]["reason"] == "Birth family lives next door"
    assert body["matches"] == []
    assert body["excluded"][0]["reasons"] == ["excluded"]
    lifted = await http.delete(f"/api/v1/children/{child.id}/exclusions/{household.id}")
    assert lifted.status_code == 204


async def test_distance_is_reported_and_can_limit_the_list(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    assert LEEDS is not None
    assert YORK is not None
    council, child, worker = await _child_with_needs(
        db, home_postcode="LS1 4AB", home_easting=LEEDS.easting, home_northing=LEEDS.northing
    )
    near = await create_household(
        db, council, name="Leeds", easting=LEEDS.easting + 3000, northing=LEEDS.northing
    )
    await create_household(db, council, name="York", easting=YORK.easting, northing=YORK.northing)
    http = await sign_in_as(worker)

    url, params = _matches(child)
    everyone = (await http.get(url, params=params)).json()
    url, params = _matches(child, max_distance_km=10)
    nearby = (await http.get(url, params=params)).json()

    assert everyone["location_known"] is True
    assert everyone["matches"][0]["distance_km"] == 3.0
    assert 30 < everyone["matches"][1]["distance_km"] < 45
    assert [m["household"]["id"] for m in nearby["matches"]] == [str(near.id)]


async def test_capacity_changes_show_at_once(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, child, worker = await _child_with_needs(db, level=3)
    household = await create_household(db, council, capacity=[1] * 12)
    http = await sign_in_as(worker)
    url, params = _matches(child)
    before = (await http.get(url, params=params)).json()

    raised = await http.post(
        f"/api/v1/carers/{household.id}/capacity",
        json={
            "effective_from": "2026-11-01",
            "levels": dict.fromkeys([d["domain_key"] for d in before["matches"][0]["domains"]], 3),
        },
    )
    after = (await http.get(url, params=params)).json()

    assert raised.status_code == 201
    assert before["matches"][0]["unmet_count"] == 12
    assert after["matches"][0]["fit"] == 100


async def test_a_child_without_an_approved_assessment_cannot_be_matched(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    child = await create_child(db, council, team)

    response = await (await sign_in_as(worker)).get(f"/api/v1/children/{child.id}/matches")

    assert response.status_code == 409
    assert response.json()["title"] == "This child has no approved needs assessment yet"


async def test_another_teams_worker_cannot_see_the_matches(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, child, _ = await _child_with_needs(db)
    stranger = await create_user(db, council, teams=[await create_team(db, council)])

    response: httpx.Response = await (await sign_in_as(stranger)).get(
        f"/api/v1/children/{child.id}/matches"
    )

    assert response.status_code == 404
