"""Cohort comparisons and needs over time: figures, suppression, scoping, CSV and bad input."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_assessment, create_child, create_organisation, create_team, create_user
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import AssessmentStatus
from kindred.models.audit import AuditEvent
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role

COMPARISON = "/api/v1/analytics/cohort-comparison"
OVER_TIME = "/api/v1/analytics/needs-over-time"
# Team North scores higher than team South; team East has two children only.
SCORES: dict[str, list[float]] = {
    "North": [40.0, 50.0, 60.0, 70.0, 80.0, 90.0],
    "South": [10, 20, 30, 40, 50],
    "East": [5, 6],
}


async def _cohort(db: AsyncSession) -> tuple[Organisation, dict[str, Team]]:
    council = await create_organisation(db)
    teams = {name: await create_team(db, council, name=name) for name in SCORES}
    born = date.today() - timedelta(days=12 * 365)
    for name, scores in SCORES.items():
        for score in scores:
            await create_child(
                db,
                council,
                teams[name],
                given_name=f"Named{name}",
                date_of_birth=born,
                latest_score=Decimal(str(score)),
                ethnicity="WBRI",
            )
    await create_child(
        db, council, teams["North"], care_status="edge_of_care", latest_score=Decimal("99.0")
    )
    return council, teams


async def test_commissioners_see_distributions_by_team_with_small_groups_withheld(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _ = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    response = await http.get(COMPARISON, params={"group_by": "team"})

    assert response.status_code == 200, response.text
    body = response.json()
    assert "Named" not in response.text
    assert body["overall"]["count"] == 13
    groups = {g["label"]: g["distribution"] for g in body["groups"]}
    assert list(groups) == ["East", "North", "South"]
    assert groups["North"]["count"] == 6
    assert groups["North"]["median"] == 65.0
    assert (groups["North"]["lower_quartile"], groups["North"]["upper_quartile"]) == (52.5, 77.5)
    assert (groups["North"]["minimum"], groups["North"]["maximum"]) == (40.0, 90.0)
    assert groups["North"]["mean"] == 65.0
    # East (2) is withheld, and South (the smallest other) so East is not 13 − 6 − 5.
    assert groups["East"] == {**groups["East"], "count": None, "median": None, "suppressed": True}
    assert groups["South"]["suppressed"] is True
    assert groups["North"]["suppressed"] is False


async def test_managers_see_their_teams_only_and_nothing_is_withheld(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, teams = await _cohort(db)
    manager = await create_user(db, council, role=Role.manager, teams=[teams["East"]])
    http = await sign_in_as(manager)

    body = (await http.get(COMPARISON, params={"group_by": "ethnicity"})).json()

    assert body["overall"]["count"] == 2
    assert body["groups"] == [
        {"key": "WBRI", "label": "White British", "distribution": body["overall"]}
    ]


async def test_grouping_by_age_band_sex_and_placement_type(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _ = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    by_age = (await http.get(COMPARISON, params={"group_by": "age_band"})).json()
    by_sex = (await http.get(COMPARISON, params={"group_by": "sex", "age_band": "0-4"})).json()
    by_type = (await http.get(COMPARISON, params={"group_by": "placement_type"})).json()

    assert [(g["key"], g["distribution"]["count"]) for g in by_age["groups"]] == [("10-15", 13)]
    assert by_sex["overall"]["count"] == 0
    assert by_sex["groups"] == []
    assert [(g["key"], g["label"]) for g in by_type["groups"]] == [(None, "Not recorded")]


async def test_csv_export_is_audited_and_anonymous(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, _ = await _cohort(db)
    commissioner = await create_user(db, council, role=Role.commissioner)
    http = await sign_in_as(commissioner)

    response = await http.get(COMPARISON, params={"group_by": "team", "format": "csv"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("team,label,count,mean,median")
    assert len(lines) == 5
    assert "Named" not in response.text
    assert lines[-1].startswith(",All children,13,")
    export = await db.scalar(
        select(AuditEvent).where(
            AuditEvent.actor_user_id == commissioner.id, AuditEvent.action == "export"
        )
    )
    assert export is not None
    assert export.resource_id == "cohort_comparison"


async def test_bad_parameters_are_problems(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, _ = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    for url, params in (
        (COMPARISON, {"group_by": "shoe_size"}),
        (OVER_TIME, {"age_band": "3-7"}),
        (OVER_TIME, {"format": "xlsx"}),
    ):
        response = await http.get(url, params=params)
        assert response.status_code == 422, (url, params)
        assert response.headers["content-type"] == "application/problem+json"


async def test_needs_over_time_averages_the_last_assessment_of_each_quarter(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    author = await create_user(db, council, teams=[team])
    keys = load_default_framework().domain_keys
    for index in range(6):
        child = await create_child(db, council, team, given_name="Named")
        for day, level in ((date(2025, 4, 2), 1), (date(2025, 5, 2), 2 + index % 2)):
            await create_assessment(
                db,
                council,
                child,
                created_by=author,
                status=AssessmentStatus.approved,
                levels=level,
                assessed_on=day,
                approved_at=datetime(2025, 6, 1, 12),
            )
        if index < 2:  # a draft never counts; two children are seen again in Q3
            await create_assessment(db, council, child, created_by=author, levels=4)
            await create_assessment(
                db,
                council,
                child,
                created_by=author,
                status=AssessmentStatus.approved,
                levels=4,
                assessed_on=date(2025, 8, 1),
                approved_at=datetime(2025, 8, 2, 9),
            )
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))
    commissioner = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    named = (await manager.get(OVER_TIME)).json()
    anonymous = (await commissioner.get(OVER_TIME)).json()
    download = await commissioner.get(OVER_TIME, params={"format": "csv"})

    q2, q3 = named["quarters"]
    assert (q2["quarter"], q2["children"], q3["quarter"], q3["children"]) == (
        "2025 Q2",
        6,
        "2025 Q3",
        2,
    )
    assert [d["domain_key"] for d in q2["domains"]] == list(keys)
    assert {d["mean_level"] for d in q2["domains"]} == {2.5}
    assert {d["mean_level"] for d in q3["domains"]} == {4.0}
    assert anonymous["quarters"][0] == q2
    assert anonymous["quarters"][1]["suppressed"] is True
    assert {d["mean_level"] for d in anonymous["quarters"][1]["domains"]} == {None}
    lines = download.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "quarter,starts_on,domain_key,domain_name,children,mean_level,suppressed"
    assert len(lines) == 1 + 2 * len(keys)
    assert "Named" not in download.text
