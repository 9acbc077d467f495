"""A child's records from the optional files of the SSDA903 return, labelled for people."""

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.domain.ssda903_child_files import (
    IN_TOUCH,
    MISSING_KIND,
    REVIEW_PARTICIPATION,
    ChildFile,
)
from kindred.models.ssda903_record import Ssda903Record
from kindred.modules.return_records import repository
from kindred.modules.return_records.schemas import (
    AdoptionDecision,
    CareLeaverOutcome,
    Coded,
    HealthOutcome,
    MissingSpell,
    ReturnRecords,
    Review,
)


def _coded(code: str | None, labels: Mapping[str, str]) -> Coded | None:
    return Coded(code=code, label=labels.get(code, code)) if code else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _flag(value: Any) -> bool | None:
    return None if value is None else value == "1"


def _health(record: Ssda903Record) -> HealthOutcome:
    d = record.details
    score = d.get("sdq_score")
    flags = (
        "health_check",
        "immunisations",
        "teeth_check",
        "health_assessment",
        "substance_misuse",
        "convicted",
    )
    return HealthOutcome(
        year_ending=record.recorded_on,
        sdq_score=int(score) if score is not None else None,
        sdq_reason=d.get("sdq_reason"),
        **{flag: _flag(d.get(flag)) for flag in flags},
    )


def _care_leaver(record: Ssda903Record) -> CareLeaverOutcome:
    d = record.details
    return CareLeaverOutcome(
        year_ending=record.recorded_on,
        in_touch=_coded(d.get("in_touch"), IN_TOUCH),
        activity=d.get("activity"),
        accommodation=d.get("accommodation"),
    )


async def return_records(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> ReturnRecords:
    """What the return's optional files say of the child; the read is audited."""
    await visible_child(db, actor, child_id)
    by_kind: dict[str, list[Ssda903Record]] = {kind.value: [] for kind in ChildFile}
    for record in await repository.records_of(db, child_id):
        by_kind[record.kind].append(record)
    uasc = by_kind[ChildFile.uasc]
    health = by_kind[ChildFile.oc2]
    leaving = by_kind[ChildFile.oc3]
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="ssda903_records",
        resource_id=child_id,
        child_id=child_id,
    )
    return ReturnRecords(
        child_id=child_id,
        uasc=bool(uasc),
        uasc_ceases_on=_day(uasc[0].details.get("duc")) if uasc else None,
        reviews=[
            Review(
                held_on=r.recorded_on,
                participation=_coded(r.details.get("participation"), REVIEW_PARTICIPATION),
            )
            for r in by_kind[ChildFile.reviews]
        ],
        missing=[
            MissingSpell(
                kind=Coded(code=r.code, label=MISSING_KIND.get(r.code, r.code)),
                started_on=r.recorded_on,
                ended_on=_day(r.details.get("end")),
            )
            for r in by_kind[ChildFile.missing]
        ],
        health=_health(health[0]) if health else None,
        care_leaver=_care_leaver(leaving[0]) if leaving else None,
        placed_for_adoption=[
            AdoptionDecision(
                decided_on=r.recorded_on,
                ceased_on=_day(r.details.get("ceased")),
                reason_ceased=r.details.get("reason_ceased"),
            )
            for r in by_kind[ChildFile.placed_adoption]
        ],
    )
