"""The cohort plan over HTTP, on small hand-checkable councils."""

from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_household,
    create_team,
)
from market_helpers import assessed_child, levels_of, new_council


async def test_plan_for_children_awaiting_a_placement(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await new_council(db)
    high = await assessed_child(db, council, levels_of(3, 3), given_name="Hana")
    one = await assessed_child(db, council, levels_of(2, 2), given_name="Ben")
    two = await assessed_child(db, council, levels_of(2, 2), given_name="Cara")
    await assessed_child(db, council, levels_of(2, 2), placement_type="U4")  # already placed
    small = await create_household(db, council.organisation, capacity=[2] * 12, vacancies=1)
    big = await create_household(db, council.organisation, capacity=[3] * 12, places=3, vacancies=2)

    http = await sign_in_as(council.practitioner)
    response = await http.post("/api/v1/matching/plan", json={"awaiting_placement": True})

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["children_requested"], body["children_placed"]) == (3, 3)
    assert body["total_fit"] == 300
    placed = {a["child"]["id"]: a["household"]["id"] for a in body["assignments"]}
    assert placed[str(high.id)] == str(big.id)
    assert sorted([placed[str(one.id)], placed[str(two.id)]]) == sorted(
        [str(small.id), str(big.id)]
    )
    assert [a["child"]["name"] for a in body["assignments"]] == [
        "Ben Example",
        "Cara Example",
        "Hana Example",
    ]
    assert body["unmatched"] == []


async def test_plan_never_exceeds_vacancies_and_says_why(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    children = [await assessed_child(db, council, levels_of(2, 2)) for _ in range(3)]
    unassessed = await assessed_child(db, council, None)
    low = await assessed_child(db, council, levels_of(2, 2))
    await create_household(db, council.organisation, capacity=[2] * 12, places=1, vacancies=1)
    await create_household(db, council.organisation, capacity=[0] * 12, places=3, vacancies=3)

    http = await sign_in_as(council.manager)
    ids = [str(c.id) for c in [*children, unassessed]]
    response = await http.post("/api/v1/matching/plan", json={"child_ids": ids})

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["children_placed"] == 1
    assert body["children_requested"] == 4
    reasons = {u["child"]["id"]: u["reason"] for u in body["unmatched"]}
    assert reasons[str(unassessed.id)] == "no_approved_assessment"
    assert sorted(reasons.values()).count("places_used_by_others") == 2
    assert str(low.id) not in response.text
    assert [a["support_domains"] for a in body["assignments"]] == [[]]


async def test_plan_refuses_children_the_caller_may_not_see_and_commissioners(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await new_council(db)
    other_team = await create_team(db, council.organisation)
    theirs = await assessed_child(db, council, levels_of(1, 1), team=other_team)
    mine = await assessed_child(db, council, levels_of(1, 1))

    http = await sign_in_as(council.practitioner)
    refused = await http.post(
        "/api/v1/matching/plan", json={"child_ids": [str(mine.id), str(theirs.id)]}
    )
    neither = await http.post("/api/v1/matching/plan", json={})
    both = await http.post(
        "/api/v1/matching/plan", json={"child_ids": [str(mine.id)], "awaiting_placement": True}
    )
    commissioner = await sign_in_as(council.commissioner)
    forbidden = await commissioner.post("/api/v1/matching/plan", json={"awaiting_placement": True})

    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["body.child_ids.1"]
    assert (neither.status_code, both.status_code) == (422, 422)
    assert forbidden.status_code == 403
