"""Every value analytic, as JSON and as CSV: commissioners never get a child's name or id, and a
manager of another team sees none of these children."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_child,
    create_cost_record,
    create_organisation,
    create_placement,
    create_team,
    create_user,
)
from kindred.models.user import Role

ANALYTICS = [
    "need-vs-spend",
    "cohort-comparison",
    "needs-over-time",
    "stability",
    "distance-from-home",
    "value-summary",
    "edge-of-care",
]


@pytest.mark.parametrize("analytic", ANALYTICS)
async def test_no_name_or_id_reaches_a_commissioner_or_another_team(
    sign_in_as: SignIn, db: AsyncSession, analytic: str
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    children = []
    for index in range(6):
        child = await create_child(
            db,
            council,
            team,
            given_name="Zebedee",
            family_name=f"Quixote{index}",
            latest_score=Decimal("40.0"),
            care_status="edge_of_care" if index == 5 else "in_care",
        )
        await create_cost_record(db, council, child)
        await create_placement(db, council, child, start_date=date(2025, 1, 1), distance_m=40_000)
        children.append(child)
    commissioner = await sign_in_as(await create_user(db, council, role=Role.commissioner))
    elsewhere = await sign_in_as(
        await create_user(db, council, role=Role.manager, teams=[await create_team(db, council)])
    )
    url = f"/api/v1/analytics/{analytic}"

    responses = [await commissioner.get(url), await commissioner.get(url, params={"format": "csv"})]
    theirs = await elsewhere.get(url)

    for response in responses:
        assert response.status_code == 200, response.text
        text = response.text
        assert "Zebedee" not in text
        assert "Quixote" not in text
        assert not [child for child in children if str(child.id) in text]
        assert not [child for child in children if child.local_child_id in text]
    assert responses[1].headers["content-type"].startswith("text/csv")
    assert theirs.status_code == 200
    assert "Zebedee" not in theirs.text
    assert all(str(child.id) not in theirs.text for child in children)
