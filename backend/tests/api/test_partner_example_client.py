"""The example partner client in examples/ runs against the app: token → list → offer."""

import importlib.util
from types import ModuleType

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from factories import create_api_client, create_organisation
from kindred.core.paths import REPO_DIR
from kindred.models.organisation import OrganisationKind
from kindred.models.partner import ReferralOffer
from kindred.models.referral import ReferralStatus
from partner_helpers import ALL_SCOPES
from referral_factories import create_referral, share_referral

EXAMPLE = REPO_DIR / "examples" / "partner_client.py"


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("partner_client", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.usefixtures("clean_database")
async def test_the_example_client_offers_a_household(
    app: FastAPI, db: AsyncSession, capsys: pytest.CaptureFixture[str]
) -> None:
    council = await create_organisation(db, name="Northshire County Council")
    agency = await create_organisation(db, kind=OrganisationKind.agency, name="Brightpath")
    for _ in range(2):
        referral = await create_referral(db, council, status=ReferralStatus.open)
        await share_referral(db, referral, agency)
    api_client, secret = await create_api_client(db, agency, scopes=ALL_SCOPES)

    result = await _example().main(
        "http://testserver",
        api_client.client_id,
        secret,
        transport=httpx.ASGITransport(app=app),
    )

    assert result["referrals"] == 2
    assert result["offer"]["status"] == "submitted"
    assert result["offer"]["referral_reference"].startswith("NS-R-")
    assert "2 open referral(s)" in capsys.readouterr().out
    assert await db.scalar(select(func.count()).select_from(ReferralOffer)) == 1
