"""Use cases for placement episodes: list a child's, record one, change one."""

import uuid
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, InvalidInput, NotFound
from kindred.domain.care_status import CareState, Episode, care_status
from kindred.domain.placements import (
    Place,
    Span,
    distance_between,
    distance_of,
    first_clash,
    is_running,
)
from kindred.domain.ssda903 import PLACEMENT_TYPE
from kindred.models.child import Child
from kindred.models.placement import Placement
from kindred.modules.placements import repository
from kindred.modules.placements.places import PlacedPostcode, place_postcode_async
from kindred.modules.placements.schemas import (
    HouseholdRef,
    PlacementCreate,
    PlacementRead,
    PlacementUpdate,
    episode_problems,
)

NO_SUCH_PLACEMENT = "There is no placement with this id, or you do not have access to the child."
CHILD_CHANGED = "The child's record changed at the same time; try again."
STALE_PLACEMENT = (
    "Someone else changed this placement since you opened it. Their version is included; "
    "review it and apply your change again."
)


def _place(easting: float | None, northing: float | None) -> Place | None:
    return Place(easting, northing) if easting is not None and northing is not None else None


def read_placement(
    placement: Placement, household_name: str | None, *, today: date
) -> PlacementRead:
    distance = None if placement.distance_m is None else distance_of(placement.distance_m)
    warnings = [
        f"The {what} postcode {text!r} could not be placed, so the distance is unknown."
        for what, text, precision in (
            ("home", placement.home_postcode, placement.home_precision),
            ("placement", placement.placement_postcode, placement.placement_precision),
        )
        if precision == "unknown"
    ]
    return PlacementRead(
        id=placement.id,
        child_id=placement.child_id,
        start_date=placement.start_date,
        end_date=placement.end_date,
        current=is_running(Span(placement.start_date, placement.end_date), today),
        placement_type=placement.placement_type,
        placement_type_label=PLACEMENT_TYPE.get(placement.placement_type, ""),
        provider=placement.provider,
        legal_status=placement.legal_status,
        reason_new_episode=placement.reason_new_episode,
        category_of_need=placement.category_of_need,
        reason_ceased=placement.reason_ceased,
        ended_with_move=placement.ended_with_move,
        reason_for_change=placement.reason_for_change,
        household=(
            HouseholdRef(id=placement.household_id, name=household_name)
            if placement.household_id and household_name
            else None
        ),
        provider_name=placement.provider_name,
        urn=placement.urn,
        home_postcode=placement.home_postcode,
        home_precision=placement.home_precision,
        placement_postcode=placement.placement_postcode,
        placement_precision=placement.placement_precision,
        distance_km=distance.km if distance else None,
        distance_miles=distance.miles if distance else None,
        over_20_miles=distance.over_20_miles if distance else None,
        warnings=warnings,
        source=placement.source,
        version=placement.version,
        created_at=placement.created_at,
        updated_at=placement.updated_at,
    )


async def _read_all(
    db: AsyncSession, placements: list[Placement], today: date
) -> list[PlacementRead]:
    names = await repository.household_names(
        db, {p.household_id for p in placements if p.household_id}
    )
    return [
        read_placement(p, names.get(p.household_id) if p.household_id else None, today=today)
        for p in placements
    ]


async def list_placements(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, *, today: date
) -> list[PlacementRead]:
    """A child's placement episodes, newest first."""
    await visible_child(db, actor, child_id)
    placements = await repository.child_placements(db, child_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type="placements",
        child_id=child_id,
        details={"count": len(placements)},
    )
    return await _read_all(db, placements, today)


def _located(prefix: str, placed: PlacedPostcode | None) -> dict[str, Any]:
    return {
        f"{prefix}_postcode": placed.text if placed else None,
        f"{prefix}_precision": placed.precision.value if placed else None,
        f"{prefix}_easting": placed.place.easting if placed and placed.place else None,
        f"{prefix}_northing": placed.place.northing if placed and placed.place else None,
    }


def _with_distance(placement: Placement) -> None:
    distance = distance_between(
        _place(placement.home_easting, placement.home_northing),
        _place(placement.placement_easting, placement.placement_northing),
    )
    placement.distance_m = distance.metres if distance else None


async def _check_household(db: AsyncSession, household_id: uuid.UUID | None) -> None:
    if household_id is not None and not await repository.household_names(db, {household_id}):
        raise InvalidInput(
            "Choose a household of this council.",
            errors=[FieldError(field="body.household_id", message="No such household.")],
        )


def _span_text(span: Span) -> str:
    until = f"{span.end:%d/%m/%Y}" if span.end else "now (still current)"
    return f"{span.start:%d/%m/%Y} to {until}"


def _refuse_clash(candidate: Placement, others: list[Placement]) -> None:
    spans = [Span(other.start_date, other.end_date) for other in others if other is not candidate]
    clash = first_clash(Span(candidate.start_date, candidate.end_date), spans)
    same_start = [o for o in others if o is not candidate and o.start_date == candidate.start_date]
    clash = clash or (
        Span(same_start[0].start_date, same_start[0].end_date) if same_start else None
    )
    if clash is not None:
        message = f"This episode overlaps the child's episode from {_span_text(clash)}."
        raise InvalidInput(
            message,
            errors=[
                FieldError(field="body.start_date", message=message),
                FieldError(field="body.end_date", message=message),
            ],
        )


def sync_child_placement(child: Child, placements: list[Placement], today: date) -> None:
    """The child's care status, placement type and legal status (shown on the caseload) follow
    their episodes by the one rule the SSDA903 import also uses."""
    held = CareState(child.care_status, child.placement_type, child.legal_status)
    episodes = [
        Episode(
            p.start_date,
            p.end_date,
            p.placement_type,
            p.legal_status,
            p.reason_new_episode,
            p.reason_ceased,
            p.reason_for_change,
        )
        for p in placements
    ]
    now = care_status(episodes, held=held, today=today)
    if now != held:
        child.care_status = now.care_status
        child.placement_type = now.placement_type
        child.legal_status = now.legal_status


async def _child_changed() -> Conflict:
    """A lost race on the child's cached placement: the client sent no version of it to merge."""
    return Conflict(CHILD_CHANGED)


async def _save(
    db: AsyncSession, child: Child, placement: Placement, today: date, *, new: bool
) -> None:
    """Write the episode (a lost version race on it propagates) and the child's placement."""
    others = await repository.child_placements(db, child.id)
    _refuse_clash(placement, others)
    try:
        if new:
            await repository.add(db, placement)
        else:
            await db.flush()
    except IntegrityError as error:  # a concurrent writer got there first
        if repository.is_clash(error):
            raise InvalidInput(
                "This episode overlaps another episode of the child recorded just now."
            ) from error
        raise
    everything = others if not new else [*others, placement]
    async with stale_version.versioned_change(db, _child_changed):
        sync_child_placement(child, everything, today)
    await db.refresh(placement)


async def create_placement(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, body: PlacementCreate, *, today: date
) -> PlacementRead:
    """Record an episode; refused (422) if it shares a day with another of the child's."""
    child = await visible_child(db, actor, child_id)
    await _check_household(db, body.household_id)
    fields = body.model_dump(exclude={"home_postcode", "placement_postcode"})
    home_text = body.home_postcode if body.home_postcode else child.home_postcode
    placement = Placement(
        tenant_id=actor.tenant_id,
        child_id=child.id,
        **fields,
        **_located("home", await place_postcode_async(home_text)),
        **_located("placement", await place_postcode_async(body.placement_postcode)),
    )
    _with_distance(placement)
    await _save(db, child, placement, today, new=True)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="placement",
        resource_id=placement.id,
        child_id=child.id,
    )
    return (await _read_all(db, [placement], today))[0]


async def _stale(db: AsyncSession, actor: Actor, placement_id: uuid.UUID, today: date) -> Conflict:
    """A 409 with the episode as it is now; showing it is an audited read."""
    placement = await repository.get_placement(db, placement_id)
    assert placement is not None
    await db.refresh(placement)
    current = (await _read_all(db, [placement], today))[0]
    await audit.record_conflict_read(
        db,
        actor=actor,
        resource_type="placement",
        resource_id=placement_id,
        child_id=placement.child_id,
    )
    return stale_version.conflict(STALE_PLACEMENT, current)


async def update_placement(
    db: AsyncSession, actor: Actor, placement_id: uuid.UUID, body: PlacementUpdate, *, today: date
) -> PlacementRead:
    """Change the fields sent, if nobody else changed the episode since `version` was read."""
    placement = await repository.get_placement(db, placement_id)
    if placement is None:
        raise NotFound(NO_SUCH_PLACEMENT)
    child = await visible_child(db, actor, placement.child_id)
    if body.version != placement.version:
        raise await _stale(db, actor, placement_id, today)
    changes = body.model_dump(
        exclude_unset=True, exclude={"version", "home_postcode", "placement_postcode"}
    )
    await _check_household(db, changes.get("household_id"))
    merged = {
        name: changes.get(name, getattr(placement, name))
        for name in ("start_date", "end_date", "reason_for_change", "ended_with_move")
    }
    problems = episode_problems(
        merged["start_date"],
        merged["end_date"],
        merged["reason_for_change"],
        merged["ended_with_move"],
    )
    if problems:
        raise InvalidInput(
            "Check the episode's dates and reasons.",
            errors=[FieldError(field=f"body.{name}", message=text) for name, text in problems],
        )
    for field in ("home", "placement"):
        if f"{field}_postcode" in body.model_fields_set:
            text = getattr(body, f"{field}_postcode")
            changes |= _located(field, await place_postcode_async(text))
    async with stale_version.versioned_change(db, lambda: _stale(db, actor, placement_id, today)):
        for name, value in changes.items():
            setattr(placement, name, value)
        _with_distance(placement)
        await _save(db, child, placement, today, new=False)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="placement",
        resource_id=placement.id,
        child_id=child.id,
        details={"fields": sorted(changes)},
    )
    return (await _read_all(db, [placement], today))[0]
