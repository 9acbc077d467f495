"""A child's placement episodes: SSDA903 codes, overlaps refused, postcodes and distances."""

from datetime import date

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_child,
    create_household,
    create_organisation,
    create_placement,
    create_team,
    create_user,
)
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.organisation import Organisation
from kindred.models.user import Role, User


async def _worker_and_child(db: AsyncSession) -> tuple[Organisation, User, Child]:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, role=Role.practitioner, teams=[team])
    child = await create_child(db, council, team, home_postcode="LS1 4AB")
    return council, worker, child


def _episode(**fields: object) -> dict[str, object]:
    return {
        "start_date": "2025-01-06",
        "placement_type": "U4",
        "legal_status": "C2",
        "provider": "PR1",
        "placement_postcode": "YO1 7HH",
    } | fields


async def _post(http: httpx.AsyncClient, child: Child, **fields: object) -> httpx.Response:
    return await http.post(f"/api/v1/children/{child.id}/placements", json=_episode(**fields))


async def test_an_episode_is_recorded_with_distance_from_home(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, worker, child = await _worker_and_child(db)
    http = await sign_in_as(worker)

    response = await _post(http, child)

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["current"] is True
    assert body["placement_type_label"].startswith("Foster placement with other foster carer")
    assert body["home_postcode"] == "LS1 4AB"  # the child's, when not given
    assert body["home_precision"] == "postcode"
    assert body["placement_precision"] == "postcode"
    assert 34 < body["distance_km"] < 36  # Leeds to York, as the crow flies
    assert body["distance_miles"] == round(body["distance_km"] / 1.609344, 2)
    assert body["over_20_miles"] is True
    assert body["warnings"] == []
    assert body["version"] == 1
    await db.refresh(child)
    assert child.placement_type == "U4"
    listed = await http.get(f"/api/v1/children/{child.id}/placements")
    assert [p["id"] for p in listed.json()] == [body["id"]]


async def test_partial_postcodes_sit_at_sector_centroids_and_unknown_ones_warn(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, worker, child = await _worker_and_child(db)
    http = await sign_in_as(worker)

    near = await _post(http, child, home_postcode="ls1  4", placement_postcode="LS6 2")
    unknown = await _post(
        http, child, start_date="2020-01-01", end_date="2020-02-01", placement_postcode="ZZ99 9"
    )

    assert near.status_code == 201, near.text
    body = near.json()
    assert (body["home_postcode"], body["home_precision"]) == ("LS1 4", "sector")
    assert body["placement_precision"] == "sector"
    assert 1 < body["distance_km"] < 4
    assert body["over_20_miles"] is False
    assert unknown.status_code == 201, unknown.text
    kept = unknown.json()
    assert kept["placement_postcode"] == "ZZ99 9"
    assert kept["placement_precision"] == "unknown"
    assert kept["distance_km"] is None
    assert kept["over_20_miles"] is None
    assert "ZZ99 9" in kept["warnings"][0]


async def test_overlapping_episodes_are_refused_naming_the_other(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, worker, child = await _worker_and_child(db)
    await create_placement(
        db, council, child, start_date=date(2024, 1, 1), end_date=date(2024, 6, 1)
    )
    http = await sign_in_as(worker)

    clash = await _post(http, child, start_date="2024-03-01", end_date="2024-04-01")
    next_day = await _post(http, child, start_date="2024-06-01", end_date="2024-09-01")
    open_clash = await _post(http, child, start_date="2024-08-01")

    assert clash.status_code == 422
    assert "from 01/01/2024 to 01/06/2024" in clash.json()["detail"]
    assert {e["field"] for e in clash.json()["errors"]} == {"body.start_date", "body.end_date"}
    assert next_day.status_code == 201, next_day.text  # may start the day the previous ended
    assert open_clash.status_code == 422
    assert "01/06/2024 to 01/09/2024" in open_clash.json()["detail"]


async def test_codes_and_move_reasons_are_validated(sign_in_as: SignIn, db: AsyncSession) -> None:
    _, worker, child = await _worker_and_child(db)
    http = await sign_in_as(worker)

    bad_code = await _post(http, child, placement_type="Q9", provider="PR9")
    no_reason = await _post(http, child, end_date="2025-05-01", ended_with_move=True)
    reason_without_end = await _post(http, child, reason_for_change="CARPL")
    moved = await _post(
        http, child, end_date="2025-05-01", ended_with_move=True, reason_for_change="creqb"
    )

    assert bad_code.status_code == 422
    assert {e["field"] for e in bad_code.json()["errors"]} == {
        "body.placement_type",
        "body.provider",
    }
    assert no_reason.status_code == 422
    assert reason_without_end.status_code == 422
    assert moved.status_code == 201, moved.text
    assert moved.json()["reason_for_change"] == "CREQB"
    assert moved.json()["current"] is False


async def test_a_household_of_the_council_can_be_named(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, worker, child = await _worker_and_child(db)
    household = await create_household(db, council, name="The Okafors")
    other = await create_household(db, await create_organisation(db))
    http = await sign_in_as(worker)

    named = await _post(http, child, household_id=str(household.id))
    foreign = await _post(http, child, start_date="2020-01-01", household_id=str(other.id))

    assert named.status_code == 201, named.text
    assert named.json()["household"] == {"id": str(household.id), "name": "The Okafors"}
    assert foreign.status_code == 422


async def test_ending_an_episode_moves_the_childs_placement_type_and_stale_writes_conflict(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, worker, child = await _worker_and_child(db)
    placement = await create_placement(db, council, child, start_date=date(2025, 1, 1))
    http = await sign_in_as(worker)

    ended = await http.patch(
        f"/api/v1/placements/{placement.id}",
        json={
            "version": 1,
            "end_date": "2025-07-01",
            "ended_with_move": True,
            "reason_for_change": "CARPL",
        },
    )
    stale = await http.patch(
        f"/api/v1/placements/{placement.id}", json={"version": 1, "provider": "PR4"}
    )
    following = await _post(http, child, start_date="2025-07-01", placement_type="K2")

    assert ended.status_code == 200, ended.text
    assert ended.json()["version"] == 2
    assert stale.status_code == 409
    assert stale.json()["current"]["version"] == 2
    assert following.status_code == 201, following.text
    await db.refresh(child)
    assert child.placement_type == "K2"
    missing_reason = await http.patch(
        f"/api/v1/placements/{placement.id}", json={"version": 2, "reason_for_change": None}
    )
    assert missing_reason.status_code == 422


async def test_other_teams_and_councils_cannot_see_or_change_episodes(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _, child = await _worker_and_child(db)
    placement = await create_placement(db, council, child)
    stranger = await create_user(
        db, council, role=Role.practitioner, teams=[await create_team(db, council)]
    )
    http = await sign_in_as(stranger)

    listed = await http.get(f"/api/v1/children/{child.id}/placements")
    changed = await http.patch(
        f"/api/v1/placements/{placement.id}", json={"version": 1, "provider": "PR4"}
    )

    assert listed.status_code == 404
    assert changed.status_code == 404
    denied = await db.scalar(
        select(AuditEvent).where(AuditEvent.outcome == "denied", AuditEvent.child_id == child.id)
    )
    assert denied is not None
