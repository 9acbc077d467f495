"""A young person writes their "About me": kept versions, no lost work, their say on
sharing each section, and input checked field by field."""

import asyncio
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from about_me_helpers import ABOUT_ME, Office, about_me_body, office_with_young_person
from conftest import SignIn
from factories import ABOUT_ME_SECTIONS
from kindred.models.about_me import AboutMeVersion
from kindred.modules.voice.service import consented_sections


@pytest.fixture
async def office(db: AsyncSession) -> Office:
    return await office_with_young_person(db)


async def test_nothing_written_yet_reads_as_version_zero_all_shared(
    office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)

    response = await young.get(ABOUT_ME)

    assert response.status_code == 200
    body = response.json()
    assert (body["number"], body["author"], body["created_at"]) == (0, None, None)
    assert body["sections"] == dict.fromkeys(ABOUT_ME_SECTIONS, "")
    assert body["share"] == dict.fromkeys(ABOUT_ME_SECTIONS, True)
    assert body["self_ratings"] == {}


async def test_every_save_is_a_new_version_and_earlier_ones_are_kept(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    young = await sign_in_as(office.young_person)

    first = await young.put(
        ABOUT_ME, json=about_me_body(0, sections={"good_at": "Drawing dragons"})
    )
    second = await young.put(
        ABOUT_ME,
        json=about_me_body(
            1,
            sections={"good_at": "Drawing dragons and football", "goals_soon": "Join a team"},
            self_ratings={"physical_health": {"level": 1, "words": "I'm mostly fine"}},
        ),
    )

    assert first.status_code == 200, first.text
    assert first.json()["number"] == 1
    assert second.status_code == 200, second.text
    saved = second.json()
    assert saved["number"] == 2
    assert saved["author"] == {"id": str(office.young_person.id), "display_name": "Nia"}
    assert saved["self_ratings"] == {"physical_health": {"level": 1, "words": "I'm mostly fine"}}
    versions = (await db.scalars(select(AboutMeVersion).order_by(AboutMeVersion.number))).all()
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].sections["good_at"] == "Drawing dragons"
    assert versions[0].self_ratings == {}
    assert (await young.get(ABOUT_ME)).json()["sections"]["goals_soon"] == "Join a team"


async def test_saving_the_same_again_adds_no_version(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    young = await sign_in_as(office.young_person)
    body = about_me_body(0, sections={"matters_to_me": "My cat"})
    assert (await young.put(ABOUT_ME, json=body)).status_code == 200

    again = await young.put(ABOUT_ME, json={**body, "based_on": 1})

    assert again.status_code == 200
    assert again.json()["number"] == 1
    assert len((await db.scalars(select(AboutMeVersion))).all()) == 1


async def test_a_stale_save_gets_409_with_the_current_version(
    office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)
    await young.put(ABOUT_ME, json=about_me_body(0, sections={"good_at": "Swimming"}))

    stale = await young.put(ABOUT_ME, json=about_me_body(0, sections={"good_at": "Chess"}))

    assert stale.status_code == 409
    current = stale.json()["current"]
    assert current["number"] == 1
    assert current["sections"]["good_at"] == "Swimming"


async def test_two_saves_at_once_one_wins_and_nothing_is_lost(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    tablet = await sign_in_as(office.young_person)
    phone = await sign_in_as(office.young_person)

    answers = await asyncio.gather(
        tablet.put(ABOUT_ME, json=about_me_body(0, sections={"good_at": "From the tablet"})),
        phone.put(ABOUT_ME, json=about_me_body(0, sections={"good_at": "From the phone"})),
    )

    assert sorted(answer.status_code for answer in answers) == [200, 409]
    won = next(answer for answer in answers if answer.status_code == 200).json()
    lost = next(answer for answer in answers if answer.status_code == 409).json()
    assert lost["current"]["sections"]["good_at"] == won["sections"]["good_at"]
    assert len((await db.scalars(select(AboutMeVersion))).all()) == 1


async def test_the_young_person_can_say_no_to_sharing_a_section(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    young = await sign_in_as(office.young_person)
    words = {
        "good_at": "Making people laugh",
        "helps_when_hard": "Music and some space",
        "goals_older": "Be a vet",
    }

    saved = await young.put(
        ABOUT_ME, json=about_me_body(0, sections=words, share={"helps_when_hard": False})
    )

    assert saved.status_code == 200
    assert saved.json()["share"]["helps_when_hard"] is False
    assert saved.json()["share"]["good_at"] is True
    shared = await consented_sections(db, office.child.id)
    assert [(s.section, s.text) for s in shared] == [
        ("good_at", "Making people laugh"),
        ("goals_older", "Be a vet"),
    ]
    assert shared[0].heading == "What I'm good at"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            {"self_ratings": {"favourite_colour": {"level": 1}}},
            "body.self_ratings.favourite_colour",
        ),
        (
            {"self_ratings": {"physical_health": {"level": 5}}},
            "body.self_ratings.physical_health.level",
        ),
        ({"sections": {"good_at": "x" * 2001}}, "body.sections.good_at"),
        ({"sections": {"good_at": "nul\x00"}}, "body.sections.good_at"),
        (
            {"self_ratings": {"physical_health": {"level": 1, "words": "y" * 501}}},
            "body.self_ratings.physical_health.words",
        ),
    ],
)
async def test_bad_input_is_a_422_naming_the_field(
    change: dict[str, Any], field: str, office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)

    response = await young.put(ABOUT_ME, json=about_me_body(0, **change))

    assert response.status_code == 422, response.text
    assert field in [error["field"] for error in response.json()["errors"]]


async def test_leaving_out_a_sharing_choice_is_refused_so_a_no_is_never_lost(
    office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)
    body = about_me_body(0)
    del body["share"]["helps_when_hard"]

    response = await young.put(ABOUT_ME, json=body)

    assert response.status_code == 422
    assert "body.share.helps_when_hard" in [e["field"] for e in response.json()["errors"]]
