"""A young person's "About me": kept versions, no lost work, their say on sharing, their wheel
in their own words, and their workers' side-by-side view."""

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    ABOUT_ME_SECTIONS,
    DEFAULT_PASSWORD,
    create_about_me,
    create_assessment,
    create_child,
    create_organisation,
    create_team,
    create_user,
)
from kindred.auth.dependencies import CSRF_HEADER
from kindred.auth.passwords import hash_password
from kindred.auth.tenancy import bind_tenant
from kindred.core.database import Database
from kindred.frameworks.loader import load_default_framework
from kindred.models.about_me import AboutMeVersion
from kindred.models.assessment import AssessmentStatus
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role, User
from kindred.models.young_person import YoungPersonInvitation
from kindred.modules.voice.service import consented_sections
from kindred.seed.demo_young_people import load_demo_young_person

API = "/api/v1"
ABOUT_ME = f"{API}/me/about-me"
FRAMEWORK = load_default_framework()
KEYS = FRAMEWORK.domain_keys
APPROVED = dict(zip(KEYS, [0, 1, 2, 3, 4, 1, 2, 0, 3, 1, 2, 1], strict=True))
FORBIDDEN_KEYS = {"evidence", "score", "summary", "descriptor", "weight", "strength_notes"}


@dataclass
class Office:
    council: Organisation
    team: Team
    worker: User
    child: Child
    young_person: User


@pytest.fixture
async def office(db: AsyncSession) -> Office:
    council = await create_organisation(db)
    team = await create_team(db, council, "Central Team")
    worker = await create_user(db, council, teams=[team], display_name="Rhys Morgan")
    child = await create_child(db, council, team, given_name="Nia", family_name="Lane")
    young_person = await create_user(
        db, council, role=Role.young_person, child=child, display_name="Nia"
    )
    return Office(council, team, worker, child, young_person)


def _body(based_on: int, **changes: Any) -> dict[str, Any]:
    sections = dict.fromkeys(ABOUT_ME_SECTIONS, "")
    sections.update(changes.pop("sections", {}))
    share = dict.fromkeys(ABOUT_ME_SECTIONS, True)
    share.update(changes.pop("share", {}))
    return {
        "based_on": based_on,
        "sections": sections,
        "self_ratings": changes.pop("self_ratings", {}),
        "share": share,
        **changes,
    }


def _keys(value: object) -> Iterator[str]:
    """Every key anywhere in a JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


async def _approve(db: AsyncSession, office: Office, levels: dict[str, int], days_ago: int) -> Any:
    return await create_assessment(
        db,
        office.council,
        office.child,
        created_by=office.worker,
        status=AssessmentStatus.approved,
        levels=levels,
        approved_at=datetime.now(UTC) - timedelta(days=days_ago),
        assessed_on=date.today() - timedelta(days=days_ago),
        summary="Case summary the young person must not see.",
    )


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

    first = await young.put(ABOUT_ME, json=_body(0, sections={"good_at": "Drawing dragons"}))
    second = await young.put(
        ABOUT_ME,
        json=_body(
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
    body = _body(0, sections={"matters_to_me": "My cat"})
    assert (await young.put(ABOUT_ME, json=body)).status_code == 200

    again = await young.put(ABOUT_ME, json={**body, "based_on": 1})

    assert again.status_code == 200
    assert again.json()["number"] == 1
    assert len((await db.scalars(select(AboutMeVersion))).all()) == 1


async def test_a_stale_save_gets_409_with_the_current_version(
    office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)
    await young.put(ABOUT_ME, json=_body(0, sections={"good_at": "Swimming"}))

    stale = await young.put(ABOUT_ME, json=_body(0, sections={"good_at": "Chess"}))

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
        tablet.put(ABOUT_ME, json=_body(0, sections={"good_at": "From the tablet"})),
        phone.put(ABOUT_ME, json=_body(0, sections={"good_at": "From the phone"})),
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
        ABOUT_ME, json=_body(0, sections=words, share={"helps_when_hard": False})
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

    response = await young.put(ABOUT_ME, json=_body(0, **change))

    assert response.status_code == 422, response.text
    assert field in [error["field"] for error in response.json()["errors"]]


async def test_leaving_out_a_sharing_choice_is_refused_so_a_no_is_never_lost(
    office: Office, sign_in_as: SignIn
) -> None:
    young = await sign_in_as(office.young_person)
    body = _body(0)
    del body["share"]["helps_when_hard"]

    response = await young.put(ABOUT_ME, json=body)

    assert response.status_code == 422
    assert "body.share.helps_when_hard" in [e["field"] for e in response.json()["errors"]]


async def test_the_young_persons_wheel_is_in_their_words_with_no_evidence_or_scores(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    await _approve(db, office, dict.fromkeys(KEYS, 3), days_ago=400)
    await _approve(db, office, APPROVED, days_ago=30)
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
    assert not FORBIDDEN_KEYS & set(_keys(wheel))
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
    assert not {"descriptor", "description", "weight", "name", "label"} & set(_keys(framework))


async def test_workers_see_the_current_version_history_and_differences(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    assessment = await _approve(db, office, APPROVED, days_ago=10)
    young = await sign_in_as(office.young_person)
    await young.put(ABOUT_ME, json=_body(0, sections={"good_at": "Art"}))
    await young.put(
        ABOUT_ME,
        json=_body(
            1,
            sections={"good_at": "Art and maths"},
            self_ratings={
                "physical_health": {"level": 0, "words": "I feel fine"},  # same as worker
                "emotional_wellbeing": {"level": 3, "words": "I worry a lot"},  # worker: 1
                "learning_and_education": {"level": None, "words": "Not sure"},
            },
        ),
    )
    worker = await sign_in_as(office.worker)
    base = f"{API}/children/{office.child.id}"

    current = await worker.get(f"{base}/about-me")
    history = await worker.get(f"{base}/about-me/history")
    comparison = await worker.get(f"{base}/voice-comparison")

    assert current.status_code == 200
    assert current.json()["number"] == 2
    assert current.json()["author"]["display_name"] == "Nia"
    assert current.json()["created_at"] is not None
    assert history.status_code == 200
    assert history.json()["total"] == 2
    assert [v["number"] for v in history.json()["items"]] == [2, 1]
    assert history.json()["items"][1]["sections"]["good_at"] == "Art"
    assert history.json()["items"][0]["self_ratings"]["emotional_wellbeing"]["level"] == 3
    assert comparison.status_code == 200
    compared = comparison.json()
    assert compared["assessment_id"] == str(assessment.id)
    assert (compared["about_me_number"], compared["differences"]) == (2, 1)
    by_key = {d["key"]: d for d in compared["domains"]}
    assert list(by_key) == list(KEYS)
    assert by_key["emotional_wellbeing"] | {"name": None, "child_name": None} == {
        "key": "emotional_wellbeing",
        "name": None,
        "child_name": None,
        "practitioner_level": 1,
        "young_person_level": 3,
        "young_person_words": "I worry a lot",
        "differs": True,
    }
    assert by_key["physical_health"]["differs"] is False
    assert by_key["learning_and_education"]["differs"] is False
    assert by_key["learning_and_education"]["young_person_words"] == "Not sure"
    assert by_key["friendships_and_social"]["young_person_level"] is None


async def test_workers_cannot_write_a_young_persons_words(
    office: Office, sign_in_as: SignIn
) -> None:
    worker = await sign_in_as(office.worker)

    response = await worker.put(ABOUT_ME, json=_body(0, sections={"good_at": "Typed by staff"}))

    assert response.status_code == 403


async def test_other_teams_and_councils_get_404_for_a_childs_voice(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    await create_about_me(db, office.child, author=office.young_person)
    other_team = await create_team(db, office.council)
    colleague = await sign_in_as(await create_user(db, office.council, teams=[other_team]))
    elsewhere = await create_organisation(db)
    outsider = await sign_in_as(
        await create_user(
            db, elsewhere, role=Role.manager, teams=[await create_team(db, elsewhere)]
        )
    )
    base = f"{API}/children/{office.child.id}"

    for http in (colleague, outsider):
        for path in ("about-me", "about-me/history", "voice-comparison"):
            assert (await http.get(f"{base}/{path}")).status_code == 404


async def test_a_young_person_reaches_only_their_own_voice(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    """Their own "About me", wheel and self-ratings; nothing of another child, and not even
    their own record as workers see it."""
    await _approve(db, office, APPROVED, days_ago=5)
    other_child = await create_child(db, office.council, office.team, given_name="Kai")
    other_young = await create_user(db, office.council, role=Role.young_person, child=other_child)
    await create_about_me(
        db,
        other_child,
        author=other_young,
        sections={"good_at": "Kai's secret"},
        self_ratings={"physical_health": {"level": 4, "words": "Kai's words"}},
    )
    await create_assessment(
        db, office.council, other_child, created_by=office.worker,
        status=AssessmentStatus.approved, levels=4, approved_at=datetime.now(UTC),
    )  # fmt: skip
    young = await sign_in_as(office.young_person)

    own = await young.get(ABOUT_ME)
    wheel = await young.get(f"{API}/me/wheel")
    refused = [
        await young.get(f"{API}/children/{child_id}{suffix}")
        for child_id in (other_child.id, office.child.id)
        for suffix in ("", "/about-me", "/about-me/history", "/voice-comparison", "/assessments")
    ]
    listing = await young.get(f"{API}/children")

    assert own.status_code == 200
    assert own.json()["number"] == 0
    assert "Kai" not in own.text
    assert [d["level"] for d in wheel.json()["domains"]] == [APPROVED[key] for key in KEYS]
    assert {response.status_code for response in refused} == {403}
    assert listing.status_code == 403
    reads = (
        await db.scalars(
            select(AuditEvent).where(
                AuditEvent.actor_user_id == office.young_person.id,
                AuditEvent.outcome == "success",
                AuditEvent.action == "read",
            )
        )
    ).all()
    assert {(event.resource_type, event.child_id) for event in reads} == {
        ("about_me", office.child.id),
        ("needs_wheel", office.child.id),
    }


async def test_every_read_and_write_of_a_young_persons_voice_is_audited(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    young = await sign_in_as(office.young_person)
    await young.get(ABOUT_ME)
    await young.put(
        ABOUT_ME, json=_body(0, sections={"good_at": "Singing"}, share={"goals_soon": False})
    )
    await young.get(f"{API}/me/framework")
    worker = await sign_in_as(office.worker)
    await worker.get(f"{API}/children/{office.child.id}/about-me")
    await worker.get(f"{API}/children/{office.child.id}/voice-comparison")

    events = (
        await db.scalars(
            select(AuditEvent)
            .where(AuditEvent.resource_type.in_(["about_me", "framework", "voice_comparison"]))
            .order_by(AuditEvent.id)
        )
    ).all()

    assert [(e.actor_user_id, e.action, e.resource_type) for e in events] == [
        (office.young_person.id, "read", "about_me"),
        (office.young_person.id, "create", "about_me"),
        (office.young_person.id, "read", "framework"),
        (office.worker.id, "read", "about_me"),
        (office.worker.id, "read", "voice_comparison"),
    ]
    assert {e.child_id for e in events} == {office.child.id}
    assert events[1].details["not_shared"] == ["goals_soon"]


async def test_the_demo_young_person_has_words_and_one_difference_to_talk_about(
    office: Office, db: AsyncSession, client: httpx.AsyncClient, sign_in_as: SignIn
) -> None:
    assessment = await _approve(db, office, APPROVED, days_ago=3)
    office.child.latest_assessment_id = assessment.id
    await db.commit()

    await load_demo_young_person(
        db,
        tenant_id=office.council.id,
        slug="testshire",
        team_id=office.team.id,
        password_hash=hash_password(DEFAULT_PASSWORD),
        framework=FRAMEWORK,
    )
    await db.commit()
    signed_in = await client.post(
        f"{API}/auth/sign-in",
        json={"email": "young.person@testshire.example", "password": DEFAULT_PASSWORD},
    )
    client.headers[CSRF_HEADER] = signed_in.json()["csrf_token"]
    own = (await client.get(ABOUT_ME)).json()
    worker = await sign_in_as(office.worker)
    compared = (await worker.get(f"{API}/children/{office.child.id}/voice-comparison")).json()

    assert signed_in.json()["role"] == "young_person"
    assert own["number"] == 1
    assert own["sections"]["good_at"].startswith("Drawing")
    assert own["share"]["important_people"] is False
    assert len(own["self_ratings"]) == 2
    assert compared["differences"] == 1


async def test_row_level_security_keeps_voices_and_invitations_in_their_council(
    app: FastAPI, office: Office, db: AsyncSession
) -> None:
    await create_about_me(db, office.child, author=office.young_person)
    db.add(
        YoungPersonInvitation(
            tenant_id=office.council.id,
            child_id=office.child.id,
            code_hash=b"h" * 32,
            created_by=office.worker.id,
            expires_at=datetime.now(UTC) + timedelta(days=7),
        )
    )
    await db.commit()
    elsewhere = await create_organisation(db)
    database: Database = app.state.database

    async with database.sessions() as session:
        await bind_tenant(session, elsewhere.id)
        versions = (await session.scalars(select(AboutMeVersion))).all()  # deliberately no WHERE
        invitations = (await session.scalars(select(YoungPersonInvitation))).all()
        await bind_tenant(session, office.council.id)
        own = (await session.scalars(select(AboutMeVersion))).all()

    assert (versions, invitations) == ([], [])
    assert len(own) == 1
