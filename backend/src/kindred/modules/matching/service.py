"""Rank households for a child from the child's latest approved needs, and keep exclusions."""

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.core.errors import Conflict, FieldError, InvalidInput, NotFound
from kindred.domain.framework import Framework
from kindred.domain.matching import ChildNeeds, MatchQuery, MatchResult, rank_households
from kindred.domain.people import age_in_years
from kindred.models.child import Child
from kindred.modules.frameworks.api import framework_for
from kindred.modules.matching import repository
from kindred.modules.matching.matrix_cache import household_matrices
from kindred.modules.matching.repository import HouseholdSummaryRow
from kindred.modules.matching.schemas import (
    RANKING_RULE,
    DomainMatch,
    ExcludedHouseholdRead,
    ExclusionCreate,
    ExclusionRead,
    HouseholdMatchRead,
    HouseholdSummary,
    MatchesRead,
    MatchParams,
)


class NoApprovedAssessment(Conflict):
    slug = "no-approved-assessment"
    title = "This child has no approved needs assessment yet"


def _summary(row: HouseholdSummaryRow) -> HouseholdSummary:
    return HouseholdSummary(
        id=row.id,
        reference=row.reference,
        name=row.name,
        postcode=row.postcode,
        in_house=row.agency_id is None,
        agency_name=row.agency_name,
    )


async def match_child(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, params: MatchParams, *, today: date
) -> MatchesRead:
    """The households best able to meet the child's needs, each explained per domain."""
    child = await visible_child(db, actor, child_id)
    if child.latest_assessment_id is None:
        raise NoApprovedAssessment(
            "Matching compares an approved needs profile with households' capacity. Approve an "
            "assessment for this child first."
        )
    assessment_id = child.latest_assessment_id
    version = await repository.assessment_framework_version(db, assessment_id)
    framework = await framework_for(db, actor.tenant_id, version)
    levels = await repository.assessment_levels(db, assessment_id)
    ordered = tuple(levels[key] for key in framework.domain_keys)
    excluded = await repository.excluded_household_ids(db, child.id)
    needs = ChildNeeds(
        child_id=str(child.id),
        age_years=age_in_years(child.date_of_birth, today),
        levels=ordered,
        placement_type=params.placement_type.value,
        sibling_group_size=params.siblings,
        excluded_household_ids=frozenset(str(household) for household in excluded),
        easting=child.home_easting,
        northing=child.home_northing,
    )
    matrix = await household_matrices.matrix(db, actor.tenant_id, len(framework.domain_keys))
    result = rank_households(
        needs,
        matrix,
        MatchQuery(
            max_distance_km=params.max_distance_km,
            in_house_only=params.in_house_only,
            include_excluded=params.include_excluded,
            limit=params.limit,
        ),
        weights=framework.weights,
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="matches",
        resource_id=child.id,
        child_id=child.id,
        details=params.model_dump(mode="json"),
    )
    return await _read(db, child, assessment_id, framework, levels, needs, result)


async def _read(
    db: AsyncSession,
    child: Child,
    assessment_id: uuid.UUID,
    framework: Framework,
    levels: dict[str, int],
    needs: ChildNeeds,
    result: MatchResult,
) -> MatchesRead:
    domain_keys = framework.domain_keys
    ids = {uuid.UUID(match.household_id) for match in result.matches} | {
        uuid.UUID(entry.household_id) for entry in result.excluded
    }
    summaries = await repository.household_summaries(db, ids)
    return MatchesRead(
        child_id=child.id,
        assessment_id=assessment_id,
        assessed_on=child.last_assessed_on,
        framework_version=framework.version,
        needs={key: levels[key] for key in domain_keys},
        location_known=needs.location_known,
        ranking=RANKING_RULE,
        total_eligible=result.total_eligible,
        total_excluded=result.total_excluded,
        matches=[
            HouseholdMatchRead(
                household=_summary(summaries[uuid.UUID(match.household_id)]),
                fit=match.fit,
                unmet_count=match.unmet_count,
                support_count=match.support_count,
                distance_km=match.distance_km,
                distance_miles=match.distance_miles,
                weekly_fee_pence=match.weekly_fee_pence,
                domains=[
                    DomainMatch(
                        domain_key=key,
                        need=verdict.need,
                        capacity=verdict.capacity,
                        gap=verdict.gap,
                        verdict=verdict.verdict,
                    )
                    for key, verdict in zip(domain_keys, match.verdicts, strict=True)
                ],
            )
            for match in result.matches
        ],
        excluded=[
            ExcludedHouseholdRead(
                household=_summary(summaries[uuid.UUID(entry.household_id)]),
                reasons=list(entry.reasons),
                distance_km=entry.distance_km,
            )
            for entry in result.excluded
        ],
    )


async def list_exclusions(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID
) -> list[ExclusionRead]:
    """The households never to propose for this child; a read of the child's record, audited."""
    await visible_child(db, actor, child_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type="exclusions",
        resource_id=child_id,
        child_id=child_id,
    )
    return await _exclusions(db, child_id)


async def _exclusions(db: AsyncSession, child_id: uuid.UUID) -> list[ExclusionRead]:
    rows = await repository.exclusions(db, child_id)
    return [
        ExclusionRead(household_id=r.household_id, household_name=r.household_name, reason=r.reason)
        for r in rows
    ]


async def exclude_household(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, body: ExclusionCreate
) -> list[ExclusionRead]:
    """Never propose this household for this child (a known connection, a past breakdown)."""
    await visible_child(db, actor, child_id)
    if not await repository.household_exists(db, body.household_id):
        raise InvalidInput(
            "Choose a household of this council.",
            errors=[FieldError(field="body.household_id", message="No such household")],
        )
    await repository.save_exclusion(db, actor.tenant_id, child_id, body.household_id, body.reason)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="exclusion",
        resource_id=body.household_id,
        child_id=child_id,
    )
    return await _exclusions(db, child_id)


async def remove_exclusion(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, household_id: uuid.UUID
) -> None:
    await visible_child(db, actor, child_id)
    if not await repository.remove_exclusion(db, child_id, household_id):
        raise NotFound("This household is not excluded for this child.")
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="exclusion",
        resource_id=household_id,
        child_id=child_id,
        details={"removed": True},
    )
