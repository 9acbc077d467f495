"""Webhook endpoints and their delivery log, as the partner API reads and writes them."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from kindred.core.text import refuse_control_characters
from kindred.modules.webhooks.events import EventType

Url = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=8, max_length=2000),
    AfterValidator(refuse_control_characters),
]


class WebhookCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://cases.brightpath.example/kindred/webhooks",
                    "events": ["referral.shared", "referral.withdrawn"],
                    "description": "Case system, live",
                }
            ]
        }
    )

    url: Url = Field(
        description="Where to POST events: `https://` to a host whose every address is public "
        "(not loopback, private, link-local, multicast, reserved or unspecified).",
        examples=["https://cases.brightpath.example/kindred/webhooks"],
    )
    events: list[EventType] = Field(
        default_factory=lambda: list(EventType),
        min_length=1,
        max_length=len(EventType),
        description="Which events to send; all of them by default.",
        examples=[["referral.shared", "referral.withdrawn", "offer.accepted", "offer.declined"]],
    )
    description: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = Field(
        default="", description="A note for your own team.", examples=["Case system, live"]
    )


class WebhookRead(BaseModel):
    id: uuid.UUID = Field(description="The webhook's id.")
    url: str = Field(
        description="Where events are POSTed.",
        examples=["https://cases.brightpath.example/kindred/webhooks"],
    )
    events: list[EventType] = Field(description="The events sent to it.")
    description: str = Field(description="Your note about it.", examples=["Case system, live"])
    created_at: datetime = Field(description="When it was registered.")
    secret_rotated_at: datetime | None = Field(description="When its secret last changed.")


class WebhookWithSecret(WebhookRead):
    signing_secret: str | None = Field(
        description="Shown once, in the first answer: verify `X-Kindred-Signature` with it. "
        "Only a rotation shows a new one. A retry with the same `Idempotency-Key` answers null: "
        "the secret is never kept for replays, so if the first answer was lost, rotate it.",
        examples=["whsec_3q2+7w..."],
    )

    def without_secret(self) -> "WebhookWithSecret":
        """The answer a retry of the same request gets: the secret is shown only once."""
        return self.model_copy(update={"signing_secret": None})


class AttemptRead(BaseModel):
    attempt: int = Field(description="1 for the first try.", examples=[1])
    at: datetime = Field(description="When it was tried.")
    status_code: int | None = Field(description="Your endpoint's HTTP status; null if none.")
    error: str | None = Field(
        description="Why it failed (a non-2xx status, a timeout, a refused connection); null if "
        "delivered.",
        examples=["The endpoint answered HTTP 503."],
    )
    duration_ms: int = Field(description="How long your endpoint took to answer.", examples=[84])


class DeliveryRead(BaseModel):
    """One event sent to one endpoint, with every attempt."""

    id: uuid.UUID = Field(description="The delivery's id (header `X-Kindred-Delivery-Id`).")
    event_id: uuid.UUID = Field(
        description="Same for every endpoint and attempt: de-duplicate on it."
    )
    event_type: EventType = Field(description="What happened.")
    status: str = Field(
        description="pending (will be retried), delivered or failed (gave up).",
        examples=["delivered"],
    )
    attempts: int = Field(description="Tries so far.", examples=[1])
    next_attempt_at: datetime | None = Field(description="When it is tried again, if pending.")
    last_status_code: int | None = Field(description="Your endpoint's last HTTP status.")
    last_error: str | None = Field(description="Why the last try failed, if it did.")
    delivered_at: datetime | None = Field(description="When your endpoint answered 2xx.")
    created_at: datetime = Field(description="When the event happened.")
    payload: dict[str, object] = Field(description="The event body as sent.")
    attempt_log: list[AttemptRead] = Field(description="Every try, oldest first.")
