"""The submit rule served on the assessment: the same checks, in the same words, as a refused
submit, so the SPA shows them without coding the rule again."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_child, create_organisation, create_team, create_user
from kindred.frameworks.loader import load_default_framework

API = "/api/v1"
KEYS = load_default_framework().domain_keys


async def test_the_served_checks_are_the_refusals_of_a_submit(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council, "Central")
    worker = await sign_in_as(await create_user(db, council, teams=[team]))
    child = await create_child(db, council, team)
    started = await worker.post(f"{API}/children/{child.id}/assessments", json={})
    draft: dict[str, Any] = started.json()
    assert draft["evidence_from_level"] == 3
    assert [check["field"] for check in draft["submit_checks"]] == ["need_level"] * len(KEYS)

    levels = {key: {"need_level": 1} for key in KEYS[1:]} | {KEYS[1]: {"need_level": 3}}
    saved = await worker.patch(
        f"{API}/assessments/{draft['id']}", json={"version": draft["version"], "domains": levels}
    )
    served = saved.json()["submit_checks"]
    refused = await worker.post(
        f"{API}/assessments/{draft['id']}/submit", json={"version": saved.json()["version"]}
    )

    assert refused.status_code == 422
    assert [
        {
            "field": f"body.domains.{check['domain_key']}.{check['field']}",
            "message": check["message"],
        }
        for check in served
    ] == refused.json()["errors"]
    assert [check["domain_key"] for check in served] == [KEYS[0], KEYS[1]]
    assert served[0]["message"].startswith("Choose a level of need for ")
    assert served[1]["message"].startswith("Give the evidence for a level 3 need in ")
