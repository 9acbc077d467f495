"""Who reaches a young person's voice: their workers' side-by-side view, nobody in another
team or council, only their own as the young person, every read audited."""

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from about_me_helpers import (
    ABOUT_ME,
    API,
    APPROVED,
    FRAMEWORK,
    KEYS,
    Office,
    about_me_body,
    approve_assessment,
    office_with_young_person,
)
from conftest import SignIn
from factories import (
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
from kindred.models.about_me import AboutMeVersion
from kindred.models.assessment import AssessmentStatus
from kindred.models.audit import AuditEvent
from kindred.models.user import Role
from kindred.models.young_person import YoungPersonInvitation
from kindred.seed.demo_young_people import load_demo_young_person


@pytest.fixture
async def office(db: AsyncSession) -> Office:
    return await office_with_young_person(db)


async def test_workers_see_the_current_version_history_and_differences(
    office: Office, sign_in_as: SignIn, db: AsyncSession
) -> None:
    assessment = await approve_assessment(db, office, APPROVED, days_ago=10)
    young = await sign_in_as(office.young_person)
    await young.put(ABOUT_ME, json=about_me_body(0, sections={"good_at": "Art"}))
    await young.put(
        ABOUT_ME,
        json=about_me_body(
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

    response = await worker.put(
        ABOUT_ME, json=about_me_body(0, sections={"good_at": "Typed by staff"})
    )

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
    await approve_assessment(db, office, APPROVED, days_ago=5)
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
        db,
        office.council,
        other_child,
        created_by=office.worker,
        status=AssessmentStatus.approved,
        levels=4,
        approved_at=datetime.now(UTC),
    )
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
        ABOUT_ME,
        json=about_me_body(0, sections={"good_at": "Singing"}, share={"goals_soon": False}),
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
    assessment = await approve_assessment(db, office, APPROVED, days_ago=3)
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
