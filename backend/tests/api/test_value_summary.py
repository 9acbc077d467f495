"""The value summary, edge of care and its weekly cost assumptions."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from disclosure_helpers import edge_of_care_relations, recoverable
from factories import (
    create_assessment,
    create_child,
    create_cost_record,
    create_organisation,
    create_team,
    create_user,
)
from kindred.domain.edge_of_care import one_month_pence
from kindred.models.assessment import AssessmentStatus
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role

SUMMARY = "/api/v1/analytics/value-summary"
EDGE = "/api/v1/analytics/edge-of-care"
COSTS = "/api/v1/analytics/edge-of-care/weekly-costs"


async def _edge_child(
    db: AsyncSession, council: Organisation, team: Team, score: str, highest: int
) -> None:
    child = await create_child(db, council, team, given_name="Named", care_status="edge_of_care")
    author = await create_user(db, council, teams=[team])
    assessment = await create_assessment(
        db,
        council,
        child,
        created_by=author,
        status=AssessmentStatus.approved,
        levels=highest,
        highest_level=highest,
        score=Decimal(score),
    )
    child.latest_assessment_id = assessment.id
    child.latest_score = Decimal(score)
    await db.commit()


async def _cohort(db: AsyncSession, *, residential: int = 5) -> tuple[Organisation, Team]:
    """Six children in care (costed £550 a week, scored 20 to 70) and edge-of-care children:
    six likely to need foster care, `residential` a children's home, and one not assessed."""
    council = await create_organisation(db)
    team = await create_team(db, council)
    for index in range(6):
        child = await create_child(
            db, council, team, given_name="Named", latest_score=Decimal(20 + 10 * index)
        )
        await create_cost_record(db, council, child)
    await create_child(db, council, team, given_name="Named")  # in care, not assessed or costed
    for _ in range(6):
        await _edge_child(db, council, team, "30.0", 2)
    for _ in range(residential):
        await _edge_child(db, council, team, "80.0", 4)
    await create_child(db, council, team, care_status="edge_of_care")
    return council, team


async def test_the_value_summary_in_one_call(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, team = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    response = await http.get(SUMMARY)
    download = await http.get(SUMMARY, params={"format": "csv"})

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["children_in_care"], body["children_assessed"]) == (7, 6)
    assert (body["children_with_weekly_cost"], body["children_edge_of_care"]) == (6, 12)
    assert body["total_weekly_spend_pence"] == 6 * 55_000
    assert body["total_annual_spend_pence"] == 6 * 55_000 * 52
    assert body["mean_score"] == 45.0
    assert body["cost_per_need_point_pence"] == round(6 * 55_000 / 270)
    assert body["step_down_children_proposed"] == 0
    assert "figure,value" in download.text
    assert f"total_weekly_spend_pence,{6 * 55_000}" in download.text


async def test_a_commissioner_cannot_subtract_the_one_child_not_assessed(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _ = await _cohort(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    response = await http.get(SUMMARY)

    body = response.json()
    assert "Named" not in response.text
    # 7 in care, 6 assessed and 6 costed would give back the one child with neither.
    assert (body["children_in_care"], body["children_edge_of_care"]) == (7, 12)
    assert (body["children_assessed"], body["children_with_weekly_cost"]) == (None, None)
    assert (body["mean_score"], body["total_weekly_spend_pence"]) == (None, None)
    assert body["cost_per_need_point_pence"] is None
    assert body["suppressed"] is True


async def test_edge_of_care_estimates_a_month_of_delay(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, team = await _cohort(db)
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))

    body = (await manager.get(EDGE)).json()

    assert (body["children"], body["children_not_assessed"]) == (12, 1)
    assert body["scores"]["count"] == 11
    assert body["scores"]["median"] == 30.0
    by_type = {row["placement_type"]: row for row in body["likely_placements"]}
    assert list(by_type) == ["K2", "U4"]
    assert (by_type["K2"]["children"], by_type["K2"]["weekly_cost_pence"]) == (5, 450_000)
    assert by_type["U4"]["one_month_pence"] == one_month_pence(6 * 50_000)
    assert body["one_month_delay_pence"] == one_month_pence(5 * 450_000) + one_month_pence(
        6 * 50_000
    )


async def test_an_admin_sets_the_council_s_weekly_costs(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _ = await _cohort(db)
    admin = await sign_in_as(await create_user(db, council, role=Role.admin))
    commissioner = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    before = (await commissioner.get(COSTS)).json()
    saved = await admin.put(
        COSTS, json={"costs": [{"placement_type": "U4", "weekly_cost_pence": 88_500}]}
    )
    edge = (await commissioner.get(EDGE)).json()
    refused = await commissioner.put(COSTS, json={"costs": []})

    assert {c["placement_type"]: c["basis"] for c in before["costs"]}["U4"] == "default"
    assert saved.status_code == 200, saved.text
    u4 = next(c for c in saved.json()["costs"] if c["placement_type"] == "U4")
    assert (u4["weekly_cost_pence"], u4["basis"]) == (88_500, "council")
    foster = next(row for row in edge["likely_placements"] if row["placement_type"] == "U4")
    assert (foster["weekly_cost_pence"], foster["basis"]) == (88_500, "council")
    assert foster["one_month_pence"] == one_month_pence(6 * 88_500)
    assert refused.status_code == 403
    reset = (await admin.put(COSTS, json={"costs": []})).json()
    assert {c["basis"] for c in reset["costs"]} == {"default"}


async def test_bad_weekly_costs_are_problems(sign_in_as: SignIn, db: AsyncSession) -> None:
    admin = await sign_in_as(await create_user(db, await create_organisation(db), role=Role.admin))

    for costs in (
        [{"placement_type": "Q9", "weekly_cost_pence": 1}],
        [{"placement_type": "K2", "weekly_cost_pence": -1}],
        [{"placement_type": "K2", "weekly_cost_pence": 12.5}],
        [{"placement_type": "K2", "weekly_cost_pence": 1}] * 2,
    ):
        response = await admin.put(COSTS, json={"costs": costs})
        assert response.status_code == 422, costs
        assert response.headers["content-type"] == "application/problem+json"


async def test_commissioners_get_small_edge_of_care_groups_withheld(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _ = await _cohort(db, residential=2)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    response = await http.get(EDGE)
    download = await http.get(EDGE, params={"format": "csv"})

    body = response.json()
    assert "Named" not in response.text + download.text
    assert body["suppressed"] is True
    assert body["children"] == 9
    # 9 = 1 not assessed + 8 assessed, and 8 = 6 likely foster + 2 residential: the 1 and the 2
    # are small, so the 8 goes too; the 6 alone gives back neither.
    assert (body["children_not_assessed"], body["scores"]["count"]) == (None, None)
    by_type = {row["placement_type"]: row["children"] for row in body["likely_placements"]}
    assert by_type == {"K2": None, "U4": 6}
    assert recoverable(edge_of_care_relations(body)) == []
    assert body["one_month_delay_pence"] is None
    assert (
        download.content.decode("utf-8-sig")
        .splitlines()[0]
        .startswith("placement_type,placement_label,children")
    )
    assert date.today().isoformat() in download.headers["content-disposition"]
