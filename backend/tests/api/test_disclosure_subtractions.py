"""Commissioners' analytics on seeded councils: no withheld count comes back by subtraction."""

from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from disclosure_helpers import recoverable, small_steps, step_down_relations
from factories import (
    create_child,
    create_household,
    create_organisation,
    create_team,
    create_user,
)
from kindred.models.user import Role
from market_helpers import assessed_child, levels_of, new_council


async def test_step_down_withholds_what_15_minus_12_would_give_back(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    for _ in range(12):
        await assessed_child(db, council, levels_of(4, 0), placement_type="K2")  # blocked
    for _ in range(3):
        await assessed_child(db, council, levels_of(1, 1), placement_type="K2")  # proposed
    await create_household(db, council.organisation, capacity=[2] * 12, weekly_fee_pence=50_000)

    response = await (await sign_in_as(council.commissioner)).get("/api/v1/analytics/step-down")

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["children_considered"] == 15
    assert body["children_proposed"] is None
    assert recoverable(step_down_relations(body)) == []


async def test_cohort_comparison_groups_do_not_give_back_a_small_one(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    for index, sex in enumerate(["1"] * 9 + ["2"] * 2):
        await create_child(
            db, council, team, sex=sex, latest_score=Decimal(20 + index), care_status="in_care"
        )
    commissioner = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    response = await commissioner.get(
        "/api/v1/analytics/cohort-comparison", params={"group_by": "sex"}
    )

    assert response.status_code == 200, response.text
    body = response.json()
    counts = [group["distribution"]["count"] for group in body["groups"]]
    assert body["overall"]["count"] == 11
    assert None in counts
    assert recoverable([(body["overall"]["count"], counts)]) == []


async def test_sufficiency_levels_do_not_give_back_a_few_children_by_subtraction(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    for first, count in ((0, 2), (1, 3), (2, 6), (3, 2), (4, 7)):  # 20 children in all
        for _ in range(count):
            await assessed_child(db, council, levels_of(first, 0))

    response = await (await sign_in_as(council.commissioner)).get("/api/v1/analytics/sufficiency")

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["children_considered"] == 20
    for domain in body["domains"]:
        run = [body["children_considered"], *(level["children"] for level in domain["levels"])]
        assert small_steps(run) == [], domain["domain_key"]
        for level in domain["levels"]:
            assert (level["children"] is None) == level["suppressed"]
            assert (level["places_gap"] is None) == level["suppressed"]
    shown_first = [level["children"] for level in body["domains"][0]["levels"]]
    assert shown_first == [None, 15, 9, None]  # 18 is 2 below 20, 7 is 2 below 9
