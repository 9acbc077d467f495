"""Searching the audit log: the filters and one event as admins read it."""

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field

from kindred.auth.audit import AuditAction, Outcome

EARLIEST_YEAR = 2000
LATEST_YEAR = 2999


def _date_or_datetime(value: object) -> object:
    """`2026-11-23` is a whole (UTC) day; anything longer is an instant (UTC if no offset)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        moment: date = date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            "Give a date (2026-11-23) or a date and time (2026-11-23T14:30:00Z)."
        ) from None
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValueError(f"Give a year between {EARLIEST_YEAR} and {LATEST_YEAR}.")
    if isinstance(moment, datetime) and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


DateOrDateTime = Annotated[datetime | date, BeforeValidator(_date_or_datetime)]


class AuditFilters(BaseModel):
    """Query parameters of the audit search; all optional, all combined."""

    child_id: uuid.UUID | None = Field(default=None, description="Events about this child.")
    user_id: uuid.UUID | None = Field(
        default=None, description="Events done by this person (the actor)."
    )
    action: AuditAction | None = Field(default=None, description="Only this kind of action.")
    outcome: Outcome | None = Field(default=None, description="Only this outcome.")
    from_: DateOrDateTime | None = Field(
        default=None,
        alias="from",
        description="Earliest, inclusive: a date (from the start of that UTC day) or a date "
        "and time (UTC unless it has an offset).",
    )
    to: DateOrDateTime | None = Field(
        default=None,
        description="Latest, inclusive: a date (to the end of that UTC day) or a date and time.",
    )


class AuditEventRead(BaseModel):
    """Who did what to which record, when, and how it ended."""

    id: int
    occurred_at: datetime
    actor_user_id: uuid.UUID | None = Field(description="The person who acted, if a person.")
    actor_client_id: uuid.UUID | None = Field(description="The API client that acted, if one.")
    actor_label: str = Field(description="The actor's name at the time, for display.")
    action: str = Field(description="What was done, e.g. `read`, `update`, `sign_in`.")
    resource_type: str = Field(description="The kind of record, e.g. `child`, `user`.")
    resource_id: str | None = Field(description="The record's id, when there is one.")
    child_id: uuid.UUID | None = Field(description="The child the event concerns, if any.")
    outcome: str = Field(description="`success`, `failure` or `denied`.")
    request_id: str | None = Field(description="The request's id, to match with the logs.")
    details: dict[str, Any] = Field(description="More about the event; its shape varies.")
