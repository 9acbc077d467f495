"""A young person's needs wheel and the framework they rate themselves against: in their
own words, with no evidence, scores or practitioner wording."""

from datetime import date, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from about_me_helpers import (
    API,
    APPROVED,
    FRAMEWORK,
    KEYS,
    Office,
    approve_assessment,
    json_keys,
    office_with_young_person,
)
from conftest import SignIn
from factories import create_assessment

FORBIDDEN_KEYS = {"evidence", "score", "summary", "descriptor", "weight", "strength_notes"}


@pytest.fixture
async def office(db: AsyncSession) -> Office:
    return await office_with_young_person(db)


async def test_the_young_persons_wheel_is_in_their_words_with_no_evidence_or_scores(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    await approve_assessment(db, office, dict.fromkeys(KEYS, 3), days_ago=400)
    await approve_assessment(db, office, APPROVED, days_ago=30)
    await create_assessment(  # a draft in progress: never shown to them
        db, office.council, office.child, created_by=office.worker, levels=4
    )
    young = await sign_in_as(office.young_person)

    response = await young.get(f"{API}/me/wheel")

    assert response.status_code == 200
    wheel = response.json()
    assert wheel["assessed_on"] == (date.today() - timedelta(days=30)).isoformat()
    assert [d["level"] for d in wheel["domains"]] == [APPROVED[key] for key in KEYS]
    first = wheel["domains"][0]
    physical = FRAMEWORK.domain("physical_health")
    assert first["child_name"] == physical.child_name
    assert first["child_description"] == physical.child_description
    assert first["child_descriptor"] == physical.level(0).child_descriptor
    assert first["child_label"] == FRAMEWORK.level(0).child_label
    assert not FORBIDDEN_KEYS & set(json_keys(wheel))
    assert "Seen at the review." not in response.text
    assert "Case summary" not in response.text
    assert physical.level(0).descriptor not in response.text


async def test_before_any_assessment_the_wheel_has_no_levels(
    office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)

    wheel = (await young.get(f"{API}/me/wheel")).json()

    assert wheel["assessed_on"] is None
    assert len(wheel["domains"]) == len(KEYS)
    assert {d["level"] for d in wheel["domains"]} == {None}


async def test_the_framework_for_rating_themselves_is_child_friendly_only(
    office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)

    response = await young.get(f"{API}/me/framework")

    assert response.status_code == 200
    framework = response.json()
    assert [d["key"] for d in framework["domains"]] == list(KEYS)
    assert [level["child_label"] for level in framework["levels"]] == [
        info.child_label for info in FRAMEWORK.levels
    ]
    assert len(framework["domains"][0]["levels"]) == 5
    assert not {"descriptor", "description", "weight", "name", "label"} & set(json_keys(framework))
