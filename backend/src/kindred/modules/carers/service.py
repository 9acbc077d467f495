"""Use cases for fostering households: list, read, add, change, record capacity and training."""

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, InvalidInput, NotFound
from kindred.core.pagination import Page, PageParams
from kindred.frameworks.loader import load_default_framework
from kindred.geography.postcode_input import locate_postcode_input
from kindred.models.household import CapacityProfile, Household, TrainingRecord
from kindred.modules.carers import repository
from kindred.modules.carers.repository import HouseholdFilters, HouseholdRow
from kindred.modules.carers.schemas import (
    AgencyRef,
    ApprovalTerms,
    CapacityCreate,
    CapacityRead,
    HouseholdCreate,
    HouseholdListItem,
    HouseholdRead,
    HouseholdUpdate,
    TrainingCreate,
    TrainingRead,
)

NO_SUCH_HOUSEHOLD = "There is no fostering household with this id in your council."
STALE_HOUSEHOLD = (
    "Someone else changed this household since you opened it. Their version is included; "
    "review it and apply your change again."
)


def domain_keys() -> tuple[str, ...]:
    """The needs domains, in framework order."""
    # Council framework versions may change weights and words, never the domains themselves.
    return load_default_framework().domain_keys


def _capacity_map(profile: CapacityProfile | None) -> dict[str, int] | None:
    if profile is None:
        return None
    return dict(zip(domain_keys(), profile.levels, strict=True))


def list_item(row: HouseholdRow) -> HouseholdListItem:
    """One household as the list (and its export) shows it."""
    household = row.household
    return HouseholdListItem(
        id=household.id,
        reference=household.reference,
        name=household.name,
        agency=AgencyRef(id=household.agency_id, name=row.agency_name)
        if household.agency_id and row.agency_name
        else None,
        in_house=household.agency_id is None,
        status=household.status,
        terms=ApprovalTerms(
            age_min=household.age_min,
            age_max=household.age_max,
            places=household.places,
            approved_types=household.approved_types,
        ),
        vacancies=household.vacancies,
        postcode=household.postcode,
        weekly_fee_pence=household.weekly_fee_pence,
        capacity=_capacity_map(row.capacity),
        capacity_from=row.capacity.effective_from if row.capacity else None,
    )


async def list_households(
    db: AsyncSession, filters: HouseholdFilters, page: PageParams
) -> Page[HouseholdListItem]:
    rows, total = await repository.list_households(db, filters, page)
    return Page.of([list_item(row) for row in rows], total, page)


async def get_household(db: AsyncSession, household_id: uuid.UUID) -> HouseholdRead:
    row = await repository.get_household(db, household_id)
    if row is None:
        raise NotFound(NO_SUCH_HOUSEHOLD)
    household = row.household
    history = await repository.capacity_history(db, household_id)
    training = await repository.training(db, household_id)
    return HouseholdRead(
        **list_item(row).model_dump(),
        languages=household.languages,
        faith=household.faith,
        other_children=household.other_children,
        notes=household.notes,
        capacity_history=[
            CapacityRead(
                id=profile.id,
                framework_version=profile.framework_version,
                effective_from=profile.effective_from,
                levels=_capacity_map(profile) or {},
                evidence=profile.evidence,
                recorded_at=profile.recorded_at,
            )
            for profile in history
        ],
        training=[
            TrainingRead(
                id=record.id,
                title=record.title,
                domain_key=record.domain_key,
                completed_on=record.completed_on,
                provider=record.provider,
            )
            for record in training
        ],
        version=household.version,
        created_at=household.created_at,
        updated_at=household.updated_at,
    )


def _checked_levels(levels: dict[str, int], field: str) -> list[int]:
    keys = domain_keys()
    missing = [key for key in keys if key not in levels]
    unknown = [key for key in levels if key not in keys]
    if missing or unknown:
        raise InvalidInput(
            "Give a capacity level 0–4 for every needs domain, and no others.",
            errors=[FieldError(field=f"{field}.{key}", message="Missing") for key in missing]
            + [FieldError(field=f"{field}.{key}", message="Not a domain") for key in unknown],
        )
    return [levels[key] for key in keys]


async def _check_agency(db: AsyncSession, agency_id: uuid.UUID | None) -> None:
    if agency_id is not None and not await repository.is_agency(db, agency_id):
        raise InvalidInput(
            "Choose a partner agency.",
            errors=[FieldError(field="body.agency_id", message="Not a partner agency")],
        )


async def create_household(
    db: AsyncSession, actor: Actor, body: HouseholdCreate, *, today: date
) -> HouseholdRead:
    await _check_agency(db, body.agency_id)
    if await repository.reference_taken(db, body.reference):
        raise Conflict(f"Another household already has the reference {body.reference}.")
    if body.vacancies > body.terms.places:
        raise InvalidInput(
            "A household cannot have more vacancies than places.",
            errors=[FieldError(field="body.vacancies", message="More than the places approved")],
        )
    postcode, location = await locate_postcode_input(body.postcode, field="body.postcode")
    levels = _checked_levels(body.capacity, "body.capacity") if body.capacity else None
    household = Household(
        tenant_id=actor.tenant_id,
        reference=body.reference,
        name=body.name,
        agency_id=body.agency_id,
        status=body.status,
        age_min=body.terms.age_min,
        age_max=body.terms.age_max,
        places=body.terms.places,
        approved_types=sorted(set(body.terms.approved_types)),
        vacancies=body.vacancies,
        postcode=postcode,
        easting=location.easting if location else None,
        northing=location.northing if location else None,
        languages=body.languages,
        faith=body.faith,
        other_children=body.other_children,
        weekly_fee_pence=body.weekly_fee_pence,
        notes=body.notes,
    )
    await repository.add(db, household)
    if levels is not None:
        await _add_capacity(db, actor, household, levels, {}, today)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="household",
        resource_id=household.id,
    )
    return await get_household(db, household.id)


async def _add_capacity(
    db: AsyncSession,
    actor: Actor,
    household: Household,
    levels: list[int],
    evidence: dict[str, str],
    effective_from: date,
) -> None:
    await repository.add(
        db,
        CapacityProfile(
            tenant_id=household.tenant_id,
            household_id=household.id,
            framework_version=load_default_framework().version,
            effective_from=effective_from,
            levels=levels,
            evidence=evidence,
            recorded_by=actor.id,
        ),
    )


async def _stale(db: AsyncSession, household_id: uuid.UUID) -> Conflict:
    """A 409 with the household as it is now (not a child's record, so not an audited read)."""
    return stale_version.conflict(STALE_HOUSEHOLD, await get_household(db, household_id))


async def update_household(
    db: AsyncSession, actor: Actor, household_id: uuid.UUID, body: HouseholdUpdate
) -> HouseholdRead:
    row = await repository.get_household(db, household_id)
    if row is None:
        raise NotFound(NO_SUCH_HOUSEHOLD)
    household = row.household
    if body.version != household.version:
        raise await _stale(db, household_id)
    changes = body.model_dump(exclude_unset=True, exclude={"version", "terms", "postcode"})
    if body.terms is not None:
        changes.update(
            age_min=body.terms.age_min,
            age_max=body.terms.age_max,
            places=body.terms.places,
            approved_types=sorted(set(body.terms.approved_types)),
        )
    if "postcode" in body.model_fields_set:
        postcode, location = await locate_postcode_input(body.postcode, field="body.postcode")
        changes.update(
            postcode=postcode,
            easting=location.easting if location else None,
            northing=location.northing if location else None,
        )
    places = changes.get("places", household.places)
    if changes.get("vacancies", household.vacancies) > places:
        raise InvalidInput(
            "A household cannot have more vacancies than places.",
            errors=[FieldError(field="body.vacancies", message="More than the places approved")],
        )
    async with stale_version.versioned_change(db, lambda: _stale(db, household_id)):
        for field, value in changes.items():
            setattr(household, field, value)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="household",
        resource_id=household.id,
        details={"fields": sorted(changes)},
    )
    return await get_household(db, household_id)


async def add_capacity(
    db: AsyncSession, actor: Actor, household_id: uuid.UUID, body: CapacityCreate
) -> HouseholdRead:
    """Record a new capacity profile; earlier ones stay as history."""
    row = await repository.get_household(db, household_id)
    if row is None:
        raise NotFound(NO_SUCH_HOUSEHOLD)
    levels = _checked_levels(body.levels, "body.levels")
    unknown = [key for key in body.evidence if key not in domain_keys()]
    if unknown:
        raise InvalidInput(
            "Evidence is given per needs domain.",
            errors=[
                FieldError(field=f"body.evidence.{key}", message="Not a domain") for key in unknown
            ],
        )
    await _add_capacity(db, actor, row.household, levels, body.evidence, body.effective_from)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="household",
        resource_id=household_id,
        details={"capacity": True},
    )
    return await get_household(db, household_id)


async def add_training(
    db: AsyncSession, actor: Actor, household_id: uuid.UUID, body: TrainingCreate, *, today: date
) -> HouseholdRead:
    row = await repository.get_household(db, household_id)
    if row is None:
        raise NotFound(NO_SUCH_HOUSEHOLD)
    errors = []
    if body.domain_key is not None and body.domain_key not in domain_keys():
        errors.append(FieldError(field="body.domain_key", message="Not a needs domain"))
    if body.completed_on > today:
        errors.append(FieldError(field="body.completed_on", message="Must not be in the future"))
    if errors:
        raise InvalidInput("Check the training record.", errors=errors)
    await repository.add(
        db,
        TrainingRecord(
            tenant_id=row.household.tenant_id,
            household_id=household_id,
            title=body.title,
            domain_key=body.domain_key,
            completed_on=body.completed_on,
            provider=body.provider,
        ),
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="household",
        resource_id=household_id,
        details={"training": body.title},
    )
    return await get_household(db, household_id)
