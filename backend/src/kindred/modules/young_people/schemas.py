"""Invitations, redeeming a code, and a young person's account as their worker sees it."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field, SecretStr

from kindred.models.user import UserStatus
from kindred.modules.children.schemas import PersonRef
from kindred.modules.identity.schemas import MeRead

REDEEM_PATH = "/young-people/join"


class InvitationCreated(BaseModel):
    """A new invitation. The code is shown this once: only a hash of it is kept."""

    id: uuid.UUID
    code: str = Field(description="The code to give the young person, e.g. `K7P3-MX9Q`.")
    expires_at: datetime
    redeem_path: str = Field(description=f"Where the young person enters it: `{REDEEM_PATH}`.")


class InvitationStatus(StrEnum):
    active = "active"
    expired = "expired"
    redeemed = "redeemed"
    revoked = "revoked"


class InvitationRead(BaseModel):
    """An invitation as listed for the worker: never its code."""

    id: uuid.UUID
    created_at: datetime
    created_by: PersonRef
    expires_at: datetime
    status: InvitationStatus
    redeemed_at: datetime | None
    revoked_at: datetime | None


class RedeemRequest(BaseModel):
    code: str = Field(
        min_length=1, max_length=32, description="The code from the worker, e.g. `K7P3-MX9Q`."
    )
    username: str | None = Field(
        default=None,
        min_length=3,
        max_length=30,
        description="A sign-in name to choose (a–z, 0–9, dot, hyphen). Left out, one is made "
        "from the young person's name, e.g. `amara-k7p3`.",
    )
    pin: SecretStr = Field(
        min_length=1,
        max_length=128,
        description="At least 6 numbers that follow no pattern, or a password of at least "
        "12 characters.",
    )


class YoungPersonSignedIn(MeRead):
    """The new account, signed in. `username` is what they sign in with next time."""

    username: str = Field(description="The sign-in name, to write down.")


class AccountStatusChange(BaseModel):
    status: UserStatus = Field(
        description="`paused` stops sign-in until made `active` again; `ended` is final "
        "(invite them again for a new account). Pausing or ending signs them out."
    )


class YoungPersonAccountRead(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    status: UserStatus
    created_at: datetime
    last_signed_in_at: datetime | None
