"""Need vs spend: managers see named points, commissioners anonymous ones, small counts hidden."""

from datetime import date, timedelta
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_child,
    create_cost_record,
    create_organisation,
    create_team,
    create_user,
)
from kindred.models.audit import AuditEvent
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role
from kindred.seed.demo import DEMO_PASSWORD, load_demo

URL = "/api/v1/analytics/need-vs-spend"
# (score, weekly pence, placement type): four in foster care, two in children's homes.
COHORT = [
    (20.0, 55_000, "U4"),
    (35.0, 60_000, "U4"),
    (40.0, 90_000, "U6"),
    (55.0, 85_000, "U6"),
    (60.0, 450_000, "K2"),
    (70.0, 520_000, "K2"),
]


async def _cohort(db: AsyncSession) -> tuple[Organisation, Team]:
    council = await create_organisation(db)
    team = await create_team(db, council)
    born = date.today() - timedelta(days=12 * 365)
    for index, (score, pence, placement) in enumerate(COHORT):
        child = await create_child(
            db,
            council,
            team,
            given_name=f"Named{index}",
            date_of_birth=born,
            latest_score=Decimal(str(score)),
            placement_type=placement,
        )
        await create_cost_record(db, council, child, amount_pence=pence)
    # Not counted: no approved assessment; costs ended; not in care.
    unscored = await create_child(db, council, team, date_of_birth=born)
    await create_cost_record(db, council, unscored)
    ended = await create_child(db, council, team, latest_score=Decimal("50.0"))
    await create_cost_record(db, council, ended, end_date=date(2025, 4, 1))
    edge = await create_child(
        db, council, team, care_status="edge_of_care", latest_score=Decimal("30.0")
    )
    await create_cost_record(db, council, edge)
    return council, team


async def test_commissioners_see_no_names_or_ids(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, _ = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    response = await http.get(URL)

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["named"] is False
    assert body["suppressed"] is False
    assert body["count"] == 6
    assert [(p["score"], p["weekly_cost_pence"]) for p in body["points"]] == [
        (score, pence) for score, pence, _ in COHORT
    ]
    assert all(p["child_id"] is None and p["child_name"] is None for p in body["points"])
    assert "Named" not in response.text
    assert 0.8 < body["pearson"] <= 1
    assert 0.8 < body["spearman"] <= 1
    total_cost = sum(pence for _, pence, _ in COHORT)
    total_score = sum(score for score, _, _ in COHORT)
    assert body["cost_per_need_point_pence"] == round(total_cost / total_score)
    assert body["mean_weekly_cost_pence"] == round(total_cost / 6)


async def test_small_cohorts_are_suppressed_for_commissioners_only(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, team = await _cohort(db)
    commissioner = await sign_in_as(await create_user(db, council, role=Role.commissioner))
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    small = (await commissioner.get(URL, params={"placement_type": "K2"})).json()
    none = (await commissioner.get(URL, params={"placement_type": "P1"})).json()
    named = (await manager.get(URL, params={"placement_type": "K2"})).json()

    assert small["suppressed"] is True
    assert small["count"] is None
    assert small["points"] == []
    assert small["pearson"] is None
    assert small["cost_per_need_point_pence"] is None
    assert none["suppressed"] is False  # zero is not disclosive
    assert none["count"] == 0
    assert named["suppressed"] is False
    assert named["named"] is True
    assert named["count"] == 2
    assert {p["child_name"] for p in named["points"]} == {"Named4 Example", "Named5 Example"}
    assert all(p["child_id"] for p in named["points"])


async def test_managers_see_only_their_teams_children(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, _ = await _cohort(db)
    other_team = await create_team(db, council)
    manager = await sign_in_as(
        await create_user(db, council, role=Role.manager, teams=[other_team])
    )

    body = (await manager.get(URL)).json()

    assert body["count"] == 0
    assert body["points"] == []


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"age_band": "10-15"}, 6),
        ({"age_band": "0-4"}, 0),
        ({"sex": "2"}, 6),
        ({"sex": "1"}, 0),
    ],
)
async def test_filters(
    sign_in_as: SignIn, db: AsyncSession, params: dict[str, str], count: int
) -> None:
    council, team = await _cohort(db)
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    body = (await manager.get(URL, params=params)).json()

    assert body["count"] == count


async def test_team_filter_and_bad_filters(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, team = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    mine = (await http.get(URL, params={"team_id": str(team.id)})).json()
    bad = await http.get(URL, params={"age_band": "3-7"})

    assert mine["count"] == 6
    assert bad.status_code == 422


async def test_csv_export_is_the_same_data_and_audited(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, team = await _cohort(db)
    commissioner = await create_user(db, council, role=Role.commissioner)
    http = await sign_in_as(commissioner)
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    response = await http.get(URL, params={"format": "csv"})
    named = await manager.get(URL, params={"format": "csv"})

    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "score,weekly_cost_pence,weekly_cost_gbp,placement_type"
    assert lines[1] == "20.0,55000,550.00,U4"
    assert len(lines) == 7
    assert "Named" not in response.text
    assert named.content.decode("utf-8-sig").splitlines()[0].startswith("child_id,child_name,score")
    export = await db.scalar(
        select(AuditEvent).where(
            AuditEvent.actor_user_id == commissioner.id, AuditEvent.action == "export"
        )
    )
    assert export is not None
    assert export.resource_type == "need_vs_spend"


async def test_practitioners_and_admins_may_not_see_value_analytics(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, team = await _cohort(db)
    practitioner = await create_user(db, council, role=Role.practitioner, teams=[team])
    admin = await create_user(db, council, role=Role.admin)

    assert (await (await sign_in_as(practitioner)).get(URL)).status_code == 403
    assert (await (await sign_in_as(admin)).get(URL)).status_code == 403


async def test_the_demo_data_shows_need_vs_spend_on_first_run(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    await load_demo(db, today=date.today())
    await db.commit()
    signed_in = await client.post(
        "/api/v1/auth/sign-in",
        json={"email": "commissioner@northshire.example", "password": DEMO_PASSWORD},
    )
    assert signed_in.status_code == 200, signed_in.text

    body = (await client.get(URL)).json()

    assert body["count"] > 20
    assert body["pearson"] is not None
    residential = [p["weekly_cost_pence"] for p in body["points"] if p["placement_type"] == "K2"]
    assert residential
    assert min(residential) >= 380_000
