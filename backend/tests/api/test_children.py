"""Children's records: who sees which child, the caseload's filters, and no lost updates."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_child, create_organisation, create_team, create_user
from kindred.models.audit import AuditEvent
from kindred.models.child import ChildAccessGrant
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role, User

CHILDREN = "/api/v1/children"


async def _council_with_two_teams(
    db: AsyncSession,
) -> tuple[Organisation, Team, Team, User, User, User]:
    council = await create_organisation(db)
    north = await create_team(db, council, "North")
    east = await create_team(db, council, "East")
    north_worker = await create_user(db, council, role=Role.practitioner, teams=[north])
    east_worker = await create_user(db, council, role=Role.practitioner, teams=[east])
    north_manager = await create_user(db, council, role=Role.manager, teams=[north])
    return council, north, east, north_worker, east_worker, north_manager


def _new_child(team: Team, **overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "given_name": "Amara",
        "family_name": "Okoye",
        "date_of_birth": "2013-03-09",
        "sex": "2",
        "ethnicity": "BAFR",
        "local_child_id": "NS-1001",
        "care_status": "in_care",
        "legal_status": "C2",
        "placement_type": "U4",
        "home_postcode": "ls1 4ab",
        "team_id": str(team.id),
    }
    body.update(overrides)
    return body


async def test_practitioner_adds_a_child_to_their_team(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, north, _, worker, _, _ = await _council_with_two_teams(db)
    http = await sign_in_as(worker)

    response = await http.post(CHILDREN, json=_new_child(north, allocated_worker_id=str(worker.id)))

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["team"]["name"] == "North"
    assert body["allocated_worker"]["id"] == str(worker.id)
    assert body["version"] == 1
    assert body["age"] >= 12
    assert body["home_postcode"] == "LS1 4AB"
    created = await db.scalar(select(AuditEvent).where(AuditEvent.action == "create"))
    assert created is not None
    assert str(created.child_id) == body["id"]


async def test_invalid_codes_are_named_field_by_field(sign_in_as: SignIn, db: AsyncSession) -> None:
    _, north, _, worker, _, _ = await _council_with_two_teams(db)
    http = await sign_in_as(worker)

    response = await http.post(
        CHILDREN,
        json=_new_child(north, ethnicity="XXXX", legal_status="Z9", upn="123", sex="3"),
    )
    unknown_home = await http.post(CHILDREN, json=_new_child(north, home_postcode="ZZ9 9ZZ"))

    assert response.status_code == 422
    fields = {error["field"] for error in response.json()["errors"]}
    assert fields == {"body.ethnicity", "body.legal_status", "body.upn", "body.sex"}
    assert unknown_home.status_code == 422
    assert unknown_home.json()["errors"][0]["field"] == "body.home_postcode"


async def test_a_child_cannot_be_put_in_someone_elses_team(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, _, east, worker, _, _ = await _council_with_two_teams(db)
    http = await sign_in_as(worker)

    response = await http.post(CHILDREN, json=_new_child(east))

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.team_id"


async def test_duplicate_local_id_is_a_conflict(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, north, _, worker, _, _ = await _council_with_two_teams(db)
    await create_child(db, council, north, local_child_id="NS-1001")
    http = await sign_in_as(worker)

    response = await http.post(CHILDREN, json=_new_child(north))

    assert response.status_code == 409


async def test_each_person_sees_only_their_teams_and_allocated_children(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, north, east, north_worker, east_worker, manager = await _council_with_two_teams(db)
    north_child = await create_child(db, council, north, given_name="Nia")
    east_child = await create_child(db, council, east, given_name="Eli")
    allocated = await create_child(
        db, council, east, given_name="Ada", allocated_worker_id=north_worker.id
    )

    async def names(user: User) -> set[str]:
        http = await sign_in_as(user)
        response = await http.get(CHILDREN)
        assert response.status_code == 200
        return {item["given_name"] for item in response.json()["items"]}

    assert await names(north_worker) == {"Nia", "Ada"}
    assert await names(east_worker) == {"Eli", "Ada"}
    assert await names(manager) == {"Nia"}
    east_http = await sign_in_as(east_worker)
    assert (await east_http.get(f"{CHILDREN}/{north_child.id}")).status_code == 404
    assert (await east_http.get(f"{CHILDREN}/{east_child.id}")).status_code == 200
    assert (await east_http.get(f"{CHILDREN}/{allocated.id}")).status_code == 200


async def test_restricted_child_is_seen_only_by_named_people(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, north, _, north_worker, _, manager = await _council_with_two_teams(db)
    colleague = await create_user(db, council, role=Role.practitioner, teams=[north])
    restricted = await create_child(db, council, north, restricted=True)
    db.add(ChildAccessGrant(child_id=restricted.id, user_id=north_worker.id, tenant_id=council.id))
    await db.commit()

    assert (
        await (await sign_in_as(north_worker)).get(f"{CHILDREN}/{restricted.id}")
    ).status_code == 200
    for outsider in (colleague, manager):
        http = await sign_in_as(outsider)
        assert (await http.get(f"{CHILDREN}/{restricted.id}")).status_code == 404
        listed = (await http.get(CHILDREN)).json()["items"]
        assert str(restricted.id) not in {item["id"] for item in listed}


async def test_commissioner_and_admin_see_no_named_child(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, north, _, _, _, _ = await _council_with_two_teams(db)
    child = await create_child(db, council, north)
    for role in (Role.commissioner, Role.admin):
        http = await sign_in_as(await create_user(db, council, role=role))
        assert (await http.get(CHILDREN)).status_code == 403
        assert (await http.get(f"{CHILDREN}/{child.id}")).status_code == 403


async def test_another_council_gets_404_and_the_denial_is_audited(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, north, _, _, _, _ = await _council_with_two_teams(db)
    child = await create_child(db, council, north)
    other = await create_organisation(db)
    other_worker = await create_user(db, other, teams=[await create_team(db, other)])

    response = await (await sign_in_as(other_worker)).get(f"{CHILDREN}/{child.id}")

    assert response.status_code == 404
    denial = await db.scalar(select(AuditEvent).where(AuditEvent.action == "denied"))
    assert denial is not None
    assert denial.tenant_id == other.id
    assert denial.child_id is None  # the other council learns nothing, not even in its log


async def test_caseload_filters_search_sort_and_pages(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, north, _, worker, _, _ = await _council_with_two_teams(db)
    for number, (score, assessed) in enumerate(
        [(10, date(2026, 10, 1)), (55, date(2025, 1, 1)), (80, None), (30, date(2026, 9, 1))]
    ):
        await create_child(
            db,
            council,
            north,
            given_name=f"Kid{number}",
            family_name=f"Family{number}",
            latest_score=score,
            last_assessed_on=assessed,
            placement_type="K2" if number == 2 else "U4",
        )
    http = await sign_in_as(worker)

    by_score = (await http.get(CHILDREN, params={"sort": "-latest_score"})).json()
    stale = (await http.get(CHILDREN, params={"not_assessed_in_months": 6})).json()
    in_range = (await http.get(CHILDREN, params={"score_min": 20, "score_max": 60})).json()
    residential = (await http.get(CHILDREN, params={"placement_type": "K2"})).json()
    searched = (await http.get(CHILDREN, params={"q": "family3"})).json()
    second_page = (await http.get(CHILDREN, params={"page": 2, "page_size": 3})).json()

    assert [item["given_name"] for item in by_score["items"]] == ["Kid2", "Kid1", "Kid3", "Kid0"]
    assert {item["given_name"] for item in stale["items"]} == {"Kid1", "Kid2"}
    assert {item["given_name"] for item in in_range["items"]} == {"Kid1", "Kid3"}
    assert [item["given_name"] for item in residential["items"]] == ["Kid2"]
    assert [item["given_name"] for item in searched["items"]] == ["Kid3"]
    assert second_page["total"] == 4
    assert len(second_page["items"]) == 1


async def test_stale_update_gets_409_with_the_current_record(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, north, _, worker, _, manager = await _council_with_two_teams(db)
    child = await create_child(db, council, north, preferred_name=None)
    first = await sign_in_as(worker)
    second = await sign_in_as(manager)

    saved = await first.patch(
        f"{CHILDREN}/{child.id}", json={"version": 1, "preferred_name": "Mimi"}
    )
    stale = await second.patch(f"{CHILDREN}/{child.id}", json={"version": 1, "legal_status": "C1"})

    assert saved.status_code == 200
    assert saved.json()["version"] == 2
    assert stale.status_code == 409
    assert stale.json()["current"]["preferred_name"] == "Mimi"
    assert stale.json()["current"]["version"] == 2
    reread = (await first.get(f"{CHILDREN}/{child.id}")).json()
    assert reread["preferred_name"] == "Mimi"
    assert reread["legal_status"] is None


async def test_required_fields_cannot_be_emptied(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, north, _, worker, _, _ = await _council_with_two_teams(db)
    child = await create_child(db, council, north)

    response = await (await sign_in_as(worker)).patch(
        f"{CHILDREN}/{child.id}", json={"version": 1, "given_name": None}
    )

    assert response.status_code == 422


async def test_a_date_of_birth_in_the_future_or_26_years_ago_is_a_field_422(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    """Regression (issue 14): 9999-12-31 was saved, and the child's age read −7974."""
    council, north, _, worker, _, _ = await _council_with_two_teams(db)
    child = await create_child(db, council, north)
    http = await sign_in_as(worker)
    today = date.today()
    tomorrow = date.fromordinal(today.toordinal() + 1)
    twenty_six = today.replace(year=today.year - 26, day=min(today.day, 28))

    answers = [
        await http.post(CHILDREN, json=_new_child(north, date_of_birth=born.isoformat()))
        for born in (date(9999, 12, 31), tomorrow, twenty_six, date(1900, 1, 1))
    ]
    changed = await http.patch(
        f"{CHILDREN}/{child.id}", json={"version": 1, "date_of_birth": "9999-12-31"}
    )
    born_today = await http.post(CHILDREN, json=_new_child(north, date_of_birth=today.isoformat()))

    for response in [*answers, changed]:
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert [error["field"] for error in response.json()["errors"]] == ["body.date_of_birth"]
    assert "future" in answers[0].json()["errors"][0]["message"]
    assert "under 26" in answers[2].json()["errors"][0]["message"]
    assert born_today.status_code == 201, born_today.text
    assert born_today.json()["age"] == 0
    assert (await http.get(f"{CHILDREN}/{child.id}")).json()["date_of_birth"] == "2012-05-17"
