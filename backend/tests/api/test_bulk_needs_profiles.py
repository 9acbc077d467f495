"""Bulk loads of needs profiles a council already holds, as approved history."""

from datetime import date
from decimal import Decimal

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bulk_load_helpers import admin_of_new_council, all_errors, preview, preview_and_load
from conftest import SignIn
from factories import create_child, create_team, create_user
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import Assessment, AssessmentDomain
from kindred.models.child import Child
from kindred.models.user import Role

KEYS = load_default_framework().domain_keys
HEADER = "Child ID,Assessment date,Approver,Summary," + ",".join(
    f"{key}_level,{key}_strength,{key}_evidence" for key in KEYS
)


def _row(child: str, day: str, approver: str, level: str, strength: str = "useful") -> str:
    per_domain = ",".join(f"{level},{strength},Seen at home" for _ in KEYS)
    return f"{child},{day},{approver},History from the old system,{per_domain}"


async def test_profiles_load_as_approved_history_and_the_child_follows_the_latest(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    team = await create_team(db, council)
    child = await create_child(db, council, team, local_child_id="C1001")
    manager = await create_user(db, council, role=Role.manager, email="old.manager@council.example")
    content = "\r\n".join(
        [
            HEADER,
            _row("C1001", "44927", "Old.Manager@council.example", "moderate"),
            _row("C1001", "01/02/2024", "old.manager@council.example", "1", "Centrepiece"),
        ]
    ).encode()

    loaded = await preview_and_load(app, db, http, "needs_profiles", "profiles.csv", content)

    assert loaded["result"] == {"created": 2, "updated": 0, "unchanged": 0}, loaded
    query = select(Assessment).where(Assessment.child_id == child.id)
    assessments = {
        a.assessed_on: a for a in await db.scalars(query.execution_options(populate_existing=True))
    }
    first, latest = assessments[date(2023, 1, 1)], assessments[date(2024, 2, 1)]
    assert (first.status, first.decided_by, first.score) == (
        "approved",
        manager.id,
        Decimal("50.0"),
    )
    assert (latest.score, latest.actionable_count, latest.highest_level) == (Decimal("25.0"), 0, 1)
    domains = await db.scalars(
        select(AssessmentDomain).where(AssessmentDomain.assessment_id == latest.id)
    )
    assert {(d.need_level, d.strength_level, d.evidence) for d in domains} == {
        (1, "centrepiece", "Seen at home")
    }
    held = await db.scalar(
        select(Child).where(Child.id == child.id).execution_options(populate_existing=True)
    )
    assert held is not None
    assert (held.latest_assessment_id, held.latest_score, held.previous_score) == (
        latest.id,
        Decimal("25.0"),
        Decimal("50.0"),
    )

    again = await preview_and_load(app, db, http, "needs_profiles", "profiles.csv", content)
    assert again["result"] == {"created": 0, "updated": 0, "unchanged": 2}


async def test_an_unknown_approver_or_child_is_reported_by_line_and_column(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn
) -> None:
    council, http = await admin_of_new_council(db, sign_in_as)
    await create_child(db, council, await create_team(db, council), local_child_id="C1001")
    content = "\n".join(
        [
            HEADER,
            _row("C1001", "01/02/2024", "nobody@council.example", "2"),
            _row("C9999", "01/02/2024", "nobody@council.example", "7"),
        ]
    ).encode()

    previewed = await preview(app, db, http, "needs_profiles", "profiles.csv", content)

    errors = {(e["line"], e["column"]) for e in await all_errors(http, previewed["id"])}
    assert (2, "approver") in errors
    assert {(3, "child_id"), (3, f"{KEYS[0]}_level")} <= errors
    assert previewed["preview"] == {"created": 0, "updated": 0, "unchanged": 0}
