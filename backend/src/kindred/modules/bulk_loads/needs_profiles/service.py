"""Load needs profiles as approved history: check each row against the council's children and
users, create or rewrite the approved assessment for (child, assessment date), keep each
child's latest figures in step, and audit each assessment written."""

import asyncio
import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.audit import ChangedRecord
from kindred.domain.bulk_profiles import ProfileRow, profile_checker, profile_columns
from kindred.domain.bulk_rows import CheckedFile, Column, Table, check_table
from kindred.frameworks.loader import load_default_framework
from kindred.modules.bulk_loads.needs_profiles import repository
from kindred.modules.bulk_loads.needs_profiles.repository import HeldProfile
from kindred.modules.bulk_loads.staging import (
    Counts,
    Loader,
    audit_changes,
    children_by_local_id,
    counts_of,
)

APPROVED_AT = time(12, 0, tzinfo=UTC)
"""History has a date, not an instant: an imported approval is dated noon of its day."""


def columns() -> tuple[Column, ...]:
    return profile_columns(load_default_framework())


async def check(db: AsyncSession, table: Table, today: date) -> CheckedFile[Any]:
    framework = load_default_framework()
    children = await children_by_local_id(db)
    approvers = await repository.users_by_email(db)
    checker = profile_checker(framework, known_children=children, approvers=approvers, today=today)
    return await asyncio.to_thread(
        check_table,
        table,
        profile_columns(framework),
        checker,
        lambda profile: (profile.child, profile.assessed_on),
        "child_id and assessment_date",
    )


def _domains(assessment_id: uuid.UUID, tenant: uuid.UUID, row: ProfileRow) -> list[dict[str, Any]]:
    keys = load_default_framework().domain_keys
    return [
        {
            "assessment_id": assessment_id,
            "tenant_id": tenant,
            "domain_key": key,
            "need_level": level,
            "strength_level": strength,
            "evidence": evidence,
            "strength_notes": "",
        }
        for key, level, strength, evidence in zip(
            keys, row.levels, row.strengths, row.evidence, strict=True
        )
    ]


def _fields(row: ProfileRow, approver: uuid.UUID) -> dict[str, Any]:
    """What a profile row sets on its approved assessment."""
    return {
        "summary": row.summary,
        "decided_by": approver,
        "assessed_on": row.assessed_on,
        "score": row.score,
        "actionable_count": row.actionable,
        "highest_level": row.highest,
        "approved_at": datetime.combine(row.assessed_on, APPROVED_AT),
    }


def _same(held: HeldProfile, row: ProfileRow, approver: uuid.UUID) -> bool:
    keys = load_default_framework().domain_keys
    given = dict(zip(keys, zip(row.levels, row.strengths, row.evidence, strict=True), strict=True))
    return (held.summary, held.decided_by, held.domains) == (row.summary, approver, given)


async def write(db: AsyncSession, checked: CheckedFile[Any], loader: Loader) -> Counts:
    children = await children_by_local_id(db)
    approvers = await repository.users_by_email(db)
    rows: list[ProfileRow] = [row for _, row in checked.records]
    child_ids = sorted({children[row.child] for row in rows})
    held = {(p.child_id, p.assessed_on): p for p in await repository.held_profiles(db, child_ids)}
    version = load_default_framework().version
    new: list[dict[str, Any]] = []
    rewritten: list[dict[str, Any]] = []
    domains_new: list[dict[str, Any]] = []
    domains_rewritten: list[dict[str, Any]] = []
    changed: list[ChangedRecord] = []
    for row in rows:
        child_id, approver = children[row.child], approvers[row.approver]
        found = held.get((child_id, row.assessed_on))
        if found is None:
            assessment_id = uuid.uuid4()
            new.append(
                {
                    "id": assessment_id,
                    "tenant_id": loader.tenant_id,
                    "child_id": child_id,
                    "status": "approved",
                    "framework_version": version,
                    "created_by": loader.user_id,
                    **_fields(row, approver),
                }
            )
            domains_new += _domains(assessment_id, loader.tenant_id, row)
            changed.append(ChangedRecord(assessment_id, True, child_id))
        elif not _same(found, row, approver):
            rewritten.append({"id": found.id, **_fields(row, approver)})
            domains_rewritten += _domains(found.id, loader.tenant_id, row)
            changed.append(ChangedRecord(found.id, False, child_id))
    await repository.add_assessments(db, new, domains_new)
    await repository.replace_assessments(db, rewritten, domains_rewritten)
    await repository.follow_latest_approvals(
        db, sorted({c.child_id for c in changed if c.child_id})
    )
    await audit_changes(db, loader, "assessment", changed)
    return counts_of(changed, len(rows))
