"""Placement stability and distance from home: figures, suppression, scoping, CSV, bad input."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from disclosure_helpers import recoverable, stability_relations
from factories import create_child, create_organisation, create_placement, create_team, create_user
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role

STABILITY = "/api/v1/analytics/stability"
DISTANCE = "/api/v1/analytics/distance-from-home"
LAST_YEAR = date.today().year - 1


def _day(month: int) -> date:
    return date(LAST_YEAR, month, 1)


async def _cohort(db: AsyncSession) -> tuple[Organisation, Team]:
    """Three children scored 10 moved once last year, now in foster care 10 km from home;
    three scored 70 moved twice, now in children's homes (two 50 km away, one unknown)."""
    council = await create_organisation(db)
    team = await create_team(db, council)
    for index in range(6):
        high = index >= 3
        child = await create_child(
            db, council, team, given_name="Named", latest_score=Decimal("70.0" if high else "10.0")
        )
        await create_placement(
            db,
            council,
            child,
            start_date=_day(1),
            end_date=_day(6),
            ended_with_move=True,
            reason_for_change="CARPL",
        )
        if not high:
            await create_placement(db, council, child, start_date=_day(6), distance_m=10_000)
            continue
        await create_placement(
            db,
            council,
            child,
            start_date=_day(6),
            end_date=_day(9),
            ended_with_move=True,
            reason_for_change="ALLEG",
        )
        await create_placement(
            db,
            council,
            child,
            start_date=_day(9),
            placement_type="K2",
            distance_m=None if index == 5 else 50_000,
        )
    return council, team


async def test_managers_see_moves_per_child_by_year_band_and_reason(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, team = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    response = await http.get(STABILITY)

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["first_year"], body["last_year"]) == (LAST_YEAR - 3, LAST_YEAR + 1)
    assert [
        (y["year"], y["child_years"], y["moves"], y["moves_per_child"]) for y in body["by_year"]
    ] == [(LAST_YEAR, 6, 9, 1.5), (LAST_YEAR + 1, 6, 0, 0.0)]
    assert [(b["score_band"], b["moves"], b["moves_per_child"]) for b in body["by_score_band"]] == [
        ("0-19.9", 3, 0.5),
        ("60-79.9", 6, 1.0),
    ]
    assert [(r["reason"], r["moves"]) for r in body["by_reason"]] == [("CARPL", 6), ("ALLEG", 3)]
    assert body["by_reason"][1]["label"] == "Allegation against the carer"


async def test_commissioners_get_small_counts_withheld_and_no_names(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _ = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    stability = await http.get(STABILITY)
    distance = await http.get(DISTANCE)

    for response in (stability, distance):
        assert response.status_code == 200, response.text
        assert "Named" not in response.text
        assert "child_id" not in response.text
    reasons = stability.json()["by_reason"]
    assert [(r["reason"], r["moves"], r["suppressed"]) for r in reasons] == [
        ("CARPL", None, True),  # withheld so ALLEG's 3 is not 9 − 6
        ("ALLEG", None, True),
    ]
    assert stability.json()["by_year"][0]["moves"] == 9
    assert recoverable(stability_relations(stability.json())) == []
    body = distance.json()
    assert body["overall"]["suppressed"] is True  # two children far from home
    assert body["overall"]["share_over_20_miles"] is None
    assert all(row["suppressed"] for row in body["by_placement_type"])


async def test_distance_from_home_by_placement_type(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, team = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    body = (await http.get(DISTANCE)).json()
    download = await http.get(DISTANCE, params={"format": "csv"})

    overall = body["overall"]
    assert (overall["children"], overall["over_20_miles"], overall["within_20_miles"]) == (6, 2, 3)
    assert (overall["distance_unknown"], overall["share_over_20_miles"]) == (1, 0.4)
    rows = {row["placement_type"]: row for row in body["by_placement_type"]}
    assert list(rows) == ["K2", "U4"]
    assert (rows["K2"]["share_over_20_miles"], rows["U4"]["share_over_20_miles"]) == (1.0, 0.0)
    lines = download.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("placement_type,placement_label,children,over_20_miles")
    assert lines[-1].startswith(",All placement types,6,2,3,1,0.4,")


async def test_other_teams_and_filters_narrow_the_cohort(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _ = await _cohort(db)
    elsewhere = await sign_in_as(
        await create_user(db, council, role=Role.manager, teams=[await create_team(db, council)])
    )
    commissioner = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    theirs = (await elsewhere.get(STABILITY)).json()
    toddlers = (await commissioner.get(DISTANCE, params={"age_band": "0-4"})).json()
    csv = await commissioner.get(STABILITY, params={"format": "csv", "years": 2})

    assert theirs["by_year"] == theirs["by_reason"] == []
    assert toddlers["overall"]["children"] == 0
    assert csv.content.decode("utf-8-sig").splitlines()[0] == (
        "breakdown,value,label,child_years,moves,moves_per_child,suppressed"
    )
    assert "reason,CARPL,Change to the care plan,,,,True" in csv.text


async def test_bad_parameters_are_problems(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    for url, params in (
        (STABILITY, {"years": "0"}),
        (STABILITY, {"years": "21"}),
        (DISTANCE, {"sex": "9"}),
        (DISTANCE, {"team_id": "nope"}),
    ):
        response = await http.get(url, params=params)
        assert response.status_code == 422, (url, params)
        assert response.headers["content-type"] == "application/problem+json"
