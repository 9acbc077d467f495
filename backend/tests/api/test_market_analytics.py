"""Market analytics over HTTP (training gaps, step-down, sufficiency), on small councils."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_cost_record,
    create_household,
    create_placement,
    create_team,
    create_user,
)
from kindred.models.audit import AuditEvent
from kindred.models.user import Role
from market_helpers import KEYS, assessed_child, get_analytics, levels_of, names_of, new_council


async def test_training_gaps_name_the_households_one_level_short(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    needs_more = await assessed_child(db, council, levels_of(3, 2), placement_type="U4")
    await assessed_child(db, council, levels_of(1, 1), placement_type="U4")
    await assessed_child(db, council, None)  # no approved assessment: not counted
    short = await create_household(
        db, council.organisation, name="One short", capacity=levels_of(2, 2)
    )
    await create_household(db, council.organisation, name="Full", capacity=[4] * 12, vacancies=0)

    manager = await get_analytics(await sign_in_as(council.manager), "training-gaps")
    commissioner_http = await sign_in_as(council.commissioner)
    response = await commissioner_http.get("/api/v1/analytics/training-gaps")

    domains = manager["domains"]
    assert isinstance(domains, list)
    assert [d["domain_key"] for d in domains] == list(KEYS)
    first = domains[0]
    assert first["children_gaining"] == 1
    assert first["suppressed"] is False
    assert [h["id"] for h in first["households"]] == [str(short.id)]
    assert first["households"][0]["capacity"] == 2
    assert all(d["children_gaining"] == 0 and d["households"] == [] for d in domains[1:])
    assert manager["children_considered"] == 2

    commissioner = response.json()
    assert commissioner["children_considered"] is None
    assert commissioner["suppressed"] is True
    assert commissioner["domains"][0]["children_gaining"] is None
    assert commissioner["domains"][0]["suppressed"] is True
    assert commissioner["domains"][0]["households"][0]["name"] == "One short"
    assert commissioner["domains"][1]["children_gaining"] == 0
    assert not any(value in response.text for value in names_of(needs_more))


# --- step-down --------------------------------------------------------------------------------


async def test_step_down_proposes_fully_met_children_with_the_saving(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    home = await assessed_child(db, council, levels_of(2, 2), placement_type="K2")
    secure = await assessed_child(db, council, levels_of(3, 3), placement_type="K1")
    very_high = await assessed_child(db, council, levels_of(4, 0), placement_type="R1")
    await assessed_child(
        db, council, levels_of(1, 1), placement_type="U4"
    )  # in foster care already
    cheap = await create_household(
        db, council.organisation, capacity=[3] * 12, weekly_fee_pence=50_000
    )
    middle = await create_household(
        db, council.organisation, capacity=[2] * 12, weekly_fee_pence=60_000
    )
    dear = await create_household(
        db, council.organisation, capacity=[4] * 12, weekly_fee_pence=90_000
    )

    body = await get_analytics(await sign_in_as(council.manager), "step-down")

    assert (body["children_considered"], body["children_blocked"]) == (3, 1)
    assert body["children_proposed"] == 2
    # (£6,250 - £500) x 52 + (£4,500 - £500) x 52 = £299,000 + £208,000
    assert body["total_annual_saving_pence"] == 29_900_000 + 20_800_000
    children = body["children"]
    assert isinstance(children, list)
    assert [c["child_id"] for c in children] == [str(secure.id), str(home.id)]
    first, second = children
    assert first["cost_basis"] == "indicative"
    assert first["current_weekly_cost_pence"] == 625_000
    assert first["annual_saving_pence"] == 29_900_000
    assert [h["household"]["id"] for h in first["households"]] == [str(cheap.id), str(dear.id)]
    assert [h["household"]["id"] for h in second["households"]] == [
        str(cheap.id),
        str(middle.id),
        str(dear.id),
    ]
    assert second["households"][1]["annual_saving_pence"] == (450_000 - 60_000) * 52
    assert second["households_meeting_all"] == 3
    assert str(very_high.id) not in str(body)
    by_type = {t["placement_type"]: t for t in body["by_placement_type"]}  # type: ignore[attr-defined]
    assert by_type["R1"]["children_blocked"] == 1
    assert by_type["K2"]["annual_saving_pence"] == 20_800_000
    assert body["children_not_listed"] == 0


async def test_step_down_costs_a_child_at_their_recorded_placement_fee(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    recorded = await assessed_child(db, council, levels_of(2, 2), placement_type="K2")
    placement = await create_placement(db, council.organisation, recorded, placement_type="K2")
    await create_cost_record(
        db, council.organisation, recorded, placement_id=placement.id, amount_pence=520_000
    )
    # A support package and an ended fee are not the placement's cost today.
    await create_cost_record(
        db, council.organisation, recorded, kind="therapy", amount_pence=30_000
    )
    await create_cost_record(
        db,
        council.organisation,
        recorded,
        amount_pence=999_000,
        start_date=date(2024, 1, 1),
        end_date=date(2025, 2, 28),
    )
    unrecorded = await assessed_child(db, council, levels_of(2, 2), placement_type="R1")
    await create_household(db, council.organisation, capacity=[3] * 12, weekly_fee_pence=50_000)

    body = await get_analytics(await sign_in_as(council.manager), "step-down")

    costs = {c["child_id"]: c for c in body["children"]}  # type: ignore[attr-defined]
    assert costs[str(recorded.id)]["cost_basis"] == "actual"
    assert costs[str(recorded.id)]["current_weekly_cost_pence"] == 520_000
    assert costs[str(recorded.id)]["annual_saving_pence"] == (520_000 - 50_000) * 52
    assert costs[str(unrecorded.id)]["cost_basis"] == "indicative"
    assert costs[str(unrecorded.id)]["current_weekly_cost_pence"] == 420_000


async def test_a_commissioner_sees_totals_by_type_without_children_or_small_counts(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    children = [
        await assessed_child(db, council, levels_of(1, 1), placement_type="K2") for _ in range(6)
    ]
    children += [
        await assessed_child(db, council, levels_of(1, 1), placement_type="R1") for _ in range(2)
    ]
    await create_household(db, council.organisation, capacity=[2] * 12, weekly_fee_pence=50_000)

    http = await sign_in_as(council.commissioner)
    response = await http.get("/api/v1/analytics/step-down")

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["children"] == []
    assert (body["children_considered"], body["children_proposed"]) == (8, 8)
    assert body["total_annual_saving_pence"] == 6 * 20_800_000 + 2 * (420_000 - 50_000) * 52
    by_type = {t["placement_type"]: t for t in body["by_placement_type"]}
    # R1's 2 is small; K2's 6 is withheld too, or 8 - 6 would give R1's count back.
    assert by_type["R1"]["children_proposed"] is None
    assert by_type["K2"]["children_proposed"] is None
    assert by_type["K2"]["annual_saving_pence"] is None
    assert (by_type["K2"]["suppressed"], by_type["R1"]["suppressed"]) == (True, True)
    assert (by_type["K1"]["children_proposed"], by_type["K1"]["suppressed"]) == (0, False)
    assert body["suppressed"] is True
    assert body["children_not_listed"] == 8
    assert not any(value in response.text for value in names_of(*children))


async def test_the_value_summary_sums_step_down_without_a_step_down_audit(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    for code in ("K2", "K2", "R1", "R1", "R1", "K1"):
        await assessed_child(db, council, levels_of(1, 1), placement_type=code)
    await create_household(db, council.organisation, capacity=[2] * 12, weekly_fee_pence=50_000)
    http = await sign_in_as(council.commissioner)

    summary = await get_analytics(http, "value-summary")
    step_down = await get_analytics(http, "step-down")

    assert summary["step_down_children_proposed"] == step_down["children_proposed"] == 6
    assert summary["step_down_annual_saving_pence"] == step_down["total_annual_saving_pence"]
    assert summary["suppressed"] is step_down["suppressed"] is True  # by type: 2, 3 and 1
    audited = (
        await db.scalars(
            select(AuditEvent.resource_id).where(
                AuditEvent.actor_user_id == council.commissioner.id,
                AuditEvent.resource_type.in_(["market_analytics", "value_analytics"]),
            )
        )
    ).all()
    # The summary's own view, then the step-down report's: the summary lists no step-down.
    assert sorted(audited, key=str) == ["step_down", "value_summary"]


async def test_a_manager_is_listed_only_the_children_of_their_teams(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    other_team = await create_team(db, council.organisation)
    mine = await assessed_child(db, council, levels_of(1, 1), placement_type="K2")
    theirs = await assessed_child(
        db, council, levels_of(1, 1), team=other_team, placement_type="K2"
    )
    await create_household(db, council.organisation, capacity=[2] * 12)

    http = await sign_in_as(council.manager)
    response = await http.get("/api/v1/analytics/step-down")

    body = response.json()
    assert [c["child_id"] for c in body["children"]] == [str(mine.id)]
    assert body["children_proposed"] == 2
    assert body["children_not_listed"] == 1
    assert not any(value in response.text for value in names_of(theirs))


async def test_practitioners_and_admins_may_not_read_market_analytics(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    admin = await create_user(db, council.organisation, role=Role.admin)
    for user in (council.practitioner, admin):
        http = await sign_in_as(user)
        for path in ("training-gaps", "step-down", "sufficiency"):
            assert (await http.get(f"/api/v1/analytics/{path}")).status_code == 403


# --- sufficiency ------------------------------------------------------------------------------


async def test_sufficiency_counts_demand_and_supply_per_level(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    await assessed_child(db, council, levels_of(3, 0), placement_type="U4")
    await assessed_child(db, council, levels_of(1, 0), placement_type="U4")
    await create_household(db, council.organisation, capacity=[2] * 12, places=2, vacancies=1)
    await create_household(db, council.organisation, capacity=[4] * 12, places=3, vacancies=0)
    await create_household(
        db, council.organisation, capacity=[4] * 12, places=1, vacancies=1, status="closed"
    )

    manager = await get_analytics(await sign_in_as(council.manager), "sufficiency")
    commissioner = await get_analytics(await sign_in_as(council.commissioner), "sufficiency")

    assert (manager["households"], manager["places"], manager["vacancies"]) == (2, 5, 1)
    domains = manager["domains"]
    assert isinstance(domains, list)
    first = {cell["level"]: cell for cell in domains[0]["levels"]}
    assert first[1] == {
        "level": 1,
        "children": 2,
        "suppressed": False,
        "households": 2,
        "places": 5,
        "vacancies": 1,
        "places_gap": -3,
    }
    assert (first[3]["children"], first[3]["households"], first[3]["places"]) == (1, 1, 3)
    assert (first[3]["places_gap"], first[4]["children"], first[4]["places_gap"]) == (-2, 0, -3)
    second = {cell["level"]: cell for cell in domains[1]["levels"]}
    assert second[1]["children"] == 0

    shown = commissioner["domains"][0]["levels"]  # type: ignore[index]
    assert (shown[0]["children"], shown[0]["places_gap"], shown[0]["suppressed"]) == (
        None,
        None,
        True,
    )
    assert (shown[3]["children"], shown[3]["places_gap"]) == (0, -3)
    assert commissioner["children_considered"] is None
