"""The `kindred` command against the test database: demo data and creating accounts.

The command runs its own event loop, so async tests call it from a worker thread.
"""

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from typer.testing import CliRunner

from kindred.cli import app as cli
from kindred.models.api_client import ApiClient
from kindred.models.assessment import Assessment
from kindred.models.child import Child
from kindred.models.household import CapacityProfile, Household, TrainingRecord
from kindred.models.organisation import Organisation, Team
from kindred.models.user import User
from kindred.seed.demo import DEMO_PASSWORD
from kindred.seed.demo_children import CHILDREN_PER_COUNCIL
from kindred.seed.demo_households import AGENCY_PER_COUNCIL, IN_HOUSE_PER_COUNCIL


@pytest.fixture
def runner(database_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KINDRED_DATABASE_URL", database_url)
    return CliRunner()


async def _count(db: AsyncSession, model: type[object]) -> int:
    return int(await db.scalar(select(func.count()).select_from(model)) or 0)


async def test_seed_demo_loads_two_councils_and_an_agency_once(
    runner: CliRunner, db: AsyncSession
) -> None:
    first = await asyncio.to_thread(runner.invoke, cli, ["seed-demo"])
    second = await asyncio.to_thread(runner.invoke, cli, ["seed-demo"])

    assert first.exit_code == 0, first.output
    assert DEMO_PASSWORD in first.output
    assert second.exit_code == 0
    assert "already has data" in second.output
    kinds = (await db.scalars(select(Organisation.kind).order_by(Organisation.kind))).all()
    assert kinds == ["agency", "council", "council"]
    assert await _count(db, Team) == 4
    roles = set((await db.scalars(select(User.role))).all())
    assert roles == {
        "practitioner",
        "manager",
        "commissioner",
        "admin",
        "agency_user",
        "young_person",
    }
    assert await _count(db, ApiClient) == 1
    assert await _count(db, Child) == 2 * CHILDREN_PER_COUNCIL
    per_child = (
        await db.execute(select(func.count()).select_from(Assessment).group_by(Assessment.child_id))
    ).scalars()
    assert set(per_child) <= {1, 2, 3, 4, 5}
    unscored = await db.scalar(
        select(func.count()).select_from(Child).where(Child.latest_score.is_(None))
    )
    assert unscored == 0
    homeless = await db.scalar(
        select(func.count()).select_from(Child).where(Child.home_easting.is_(None))
    )
    assert homeless == 0
    households = (await db.execute(select(Household.tenant_id, Household.agency_id))).all()
    assert len(households) == 2 * (IN_HOUSE_PER_COUNCIL + AGENCY_PER_COUNCIL)
    agency = await db.scalar(select(Organisation.id).where(Organisation.kind == "agency"))
    assert sum(agency_id == agency for _, agency_id in households) == 2 * AGENCY_PER_COUNCIL
    assert agency not in {tenant for tenant, _ in households}
    profiled = await db.scalar(select(func.count(func.distinct(CapacityProfile.household_id))))
    assert profiled == len(households)
    assert await _count(db, TrainingRecord) > 0
    unplaced = await db.scalar(
        select(func.count()).select_from(Household).where(Household.easting.is_(None))
    )
    assert unplaced == 0


async def test_create_user_makes_the_first_admin_of_a_new_council(
    runner: CliRunner, db: AsyncSession
) -> None:
    result = await asyncio.to_thread(
        runner.invoke,
        cli,
        [
            "create-user",
            "--email",
            "First.Admin@Eastmoor.example",
            "--name",
            "First Admin",
            "--role",
            "admin",
            "--organisation",
            "eastmoor",
            "--organisation-name",
            "Eastmoor Council",
            "--password",
            "a long and unusual passphrase",
        ],
    )

    assert result.exit_code == 0, result.output
    user = await db.scalar(select(User).where(User.email == "first.admin@eastmoor.example"))
    assert user is not None
    assert user.role == "admin"


def test_create_user_refuses_a_common_password(runner: CliRunner) -> None:
    result = runner.invoke(
        cli,
        [
            "create-user",
            "--email",
            "someone@eastmoor.example",
            "--name",
            "Someone",
            "--role",
            "practitioner",
            "--organisation",
            "eastmoor",
            "--organisation-name",
            "Eastmoor Council",
            "--password",
            "password1234",
        ],
    )

    assert result.exit_code == 1
    assert "too common" in result.output
