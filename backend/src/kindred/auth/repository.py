"""Identity queries made before the caller's tenant is known, through the definer functions.

Each lookup of one session, token or client also binds the transaction to the tenant it found,
in the same round trip.
"""

import uuid
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TypeVar

from sqlalchemy import TextClause, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.sign_in import UserSession


@dataclass(frozen=True, slots=True)
class SessionRow:
    session_id: uuid.UUID
    user_id: uuid.UUID
    tenant_id: uuid.UUID
    organisation_kind: str
    role: str
    status: str
    display_name: str
    email: str
    team_ids: list[uuid.UUID]
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    child_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class TokenRow:
    api_client_id: uuid.UUID
    tenant_id: uuid.UUID
    organisation_kind: str
    name: str
    scopes: list[str]
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class AccountRow:
    user_id: uuid.UUID
    tenant_id: uuid.UUID
    password_hash: str | None
    status: str
    organisation_name: str


@dataclass(frozen=True, slots=True)
class ClientCredentialsRow:
    api_client_id: uuid.UUID
    tenant_id: uuid.UUID
    secret_hash: str
    scopes: list[str]


def _bound_lookup(function_call: str) -> TextClause:
    """Call a definer function and bind the transaction to the tenant of the row it finds."""
    return text(
        f"SELECT found.*, set_config('kindred.tenant_id', found.tenant_id::text, true) "  # noqa: S608 - constant SQL
        f"FROM {function_call} AS found"
    )


_Row = TypeVar("_Row", SessionRow, TokenRow, ClientCredentialsRow)

_SESSION_LOOKUP = _bound_lookup("kindred_session_actor(:key)")
_TOKEN_LOOKUP = _bound_lookup("kindred_token_actor(:key)")
# Not bound: an address may have accounts in several organisations (ADR 0007); sign-in binds
# the transaction to the one whose password was given.
_ACCOUNTS_LOOKUP = text("SELECT * FROM kindred_account_for_sign_in(:key)")
_CLIENT_LOOKUP = _bound_lookup("kindred_client_for_credentials(:key)")


async def _lookup(
    session: AsyncSession, statement: TextClause, key: object, shape: type[_Row]
) -> _Row | None:
    row = (await session.execute(statement, {"key": key})).one_or_none()
    if row is None:
        return None
    values = row._mapping
    return shape(**{column.name: values[column.name] for column in fields(shape)})


async def find_session(session: AsyncSession, token_hash: bytes) -> SessionRow | None:
    return await _lookup(session, _SESSION_LOOKUP, token_hash, SessionRow)


async def find_access_token(session: AsyncSession, token_hash: bytes) -> TokenRow | None:
    return await _lookup(session, _TOKEN_LOOKUP, token_hash, TokenRow)


async def find_accounts(session: AsyncSession, email: str) -> list[AccountRow]:
    """Every account with this address, in any organisation (by organisation name)."""
    rows = await session.execute(_ACCOUNTS_LOOKUP, {"key": email})
    return [AccountRow(**row._mapping) for row in rows]


async def find_client(session: AsyncSession, client_id: str) -> ClientCredentialsRow | None:
    return await _lookup(session, _CLIENT_LOOKUP, client_id, ClientCredentialsRow)


async def touch_session(session: AsyncSession, session_id: uuid.UUID, now: datetime) -> None:
    await session.execute(
        update(UserSession).where(UserSession.id == session_id).values(last_seen_at=now)
    )


async def end_session(session: AsyncSession, session_id: uuid.UUID, now: datetime) -> None:
    await session.execute(
        update(UserSession).where(UserSession.id == session_id).values(ended_at=now)
    )
