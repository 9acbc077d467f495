"""Sign in, sign out, and who am I: with throttling, lockout and an audit trail."""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit, throttle
from kindred.auth import repository as identity_lookup
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction, Outcome
from kindred.auth.passwords import hash_password, needs_rehash, verify_password
from kindred.auth.policy import permitted_actions
from kindred.auth.repository import AccountRow
from kindred.auth.secrets import csrf_token_for
from kindred.auth.sessions import end_session, start_session
from kindred.auth.tenancy import bind_tenant
from kindred.auth.throttle import (
    ThrottleKey,
    ThrottleKind,
    ThrottleLimits,
    slowdown_seconds,
)
from kindred.core.errors import Conflict, Forbidden, NotAuthenticated, NotFound, TooManyRequests
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role, UserStatus
from kindred.modules.identity import repository
from kindred.modules.identity.schemas import MeRead, OrganisationSummary, TeamSummary
from kindred.settings import Settings

WRONG_CREDENTIALS = "The e-mail address or password is not right. Check them and try again."


class AccountLocked(TooManyRequests):
    slug = "sign-in-locked"
    title = "Too many failed sign-ins"


class ChooseOrganisation(Conflict):
    slug = "choose-organisation"
    title = "Choose the organisation to sign in to"


@dataclass(frozen=True, slots=True)
class SignedIn:
    session_token: str
    csrf_token: str
    me: MeRead


async def _locked(locked_until: datetime, now: datetime, db: AsyncSession) -> AccountLocked:
    return await throttle.refuse_locked(
        db,
        AccountLocked,
        "Too many failed sign-ins. For your safety, sign-in is paused for {wait}. Try again "
        "after that, or ask your administrator.",
        locked_until=locked_until,
        now=now,
        audited_as="account",
    )


def _opened(
    accounts: list[AccountRow], password: str, organisation_id: uuid.UUID | None
) -> list[AccountRow]:
    """The accounts this password opens (in the chosen organisation, when one is chosen)."""
    if not accounts:
        verify_password(None, password)  # the same work as for a wrong password
    return [
        account
        for account in accounts
        if verify_password(account.password_hash, password)
        and organisation_id in (None, account.tenant_id)
    ]


def _choose_organisation(opened: list[AccountRow]) -> ChooseOrganisation:
    # Safe to name them: the password has just opened every one of these accounts.
    return ChooseOrganisation(
        "This e-mail address and password open accounts in more than one organisation. "
        "Choose which to sign in to, and send its id as `organisation_id`.",
        extra={
            "organisations": [
                {"id": str(account.tenant_id), "name": account.organisation_name}
                for account in opened
            ]
        },
    )


async def sign_in(
    db: AsyncSession,
    *,
    email: str,
    password: str,
    organisation_id: uuid.UUID | None,
    client_address: str,
    user_agent: str | None,
    settings: Settings,
    now: datetime,
) -> SignedIn:
    """Check the password; on success start a session. Says nothing of whether an account exists.

    An address may have accounts in several organisations (ADR 0007): the password says which.
    Failures are counted per address and source, so a guesser elsewhere cannot lock anyone out.
    """
    address = email.strip().lower()
    throttle_key = ThrottleKey.of(ThrottleKind.sign_in, tried=address, source=client_address)
    locked_until = await throttle.locked_until(db, throttle_key, now)
    if locked_until is not None:
        raise await _locked(locked_until, now, db)

    accounts = await identity_lookup.find_accounts(db, address)
    opened = _opened(accounts, password, organisation_id)
    if len(opened) > 1:
        raise _choose_organisation(opened)
    if opened:
        account = opened[0]
        await bind_tenant(db, account.tenant_id)
        if account.status != UserStatus.active:
            raise NotAuthenticated(
                "This account is paused or closed. Ask your administrator or worker to reopen it."
            )
        await throttle.clear(db, throttle_key)
        rehashed = (
            hash_password(password)
            if account.password_hash and needs_rehash(account.password_hash)
            else None
        )
        await repository.mark_signed_in(db, account.user_id, now, rehashed)
        token = await start_session(
            db,
            user_id=account.user_id,
            tenant_id=account.tenant_id,
            user_agent=user_agent,
            settings=settings,
            now=now,
        )
        await audit.record(
            db,
            actor=None,
            tenant_id=account.tenant_id,
            user_id=account.user_id,
            label=address,
            action=AuditAction.sign_in,
            resource_type="account",
            resource_id=account.user_id,
        )
        csrf = csrf_token_for(token, settings.secret_key.get_secret_value())
        return SignedIn(token, csrf, await _account(db, account.user_id, csrf_token=csrf))

    state = await throttle.record_failure(
        db, throttle_key, ThrottleLimits.for_sign_in(settings), now=now
    )
    tried_accounts: list[AccountRow | None] = [*accounts] or [None]
    for tried in tried_accounts:  # a failure is in each organisation's audit log
        if tried:
            await bind_tenant(db, tried.tenant_id)
        await audit.record(
            db,
            actor=None,
            tenant_id=tried.tenant_id if tried else None,
            user_id=tried.user_id if tried else None,
            label=address if tried else "unknown address",
            action=AuditAction.sign_in_failure,
            resource_type="account",
            resource_id=tried.user_id if tried else None,
            outcome=Outcome.failure,
            details={"failures": state.failures},
        )
    if state.locked_until is not None:
        raise await _locked(state.locked_until, now, db)
    await asyncio.sleep(slowdown_seconds(state.failures, settings.sign_in_slowdown_ms))
    raise NotAuthenticated(WRONG_CREDENTIALS, keep_changes=True)


async def sign_out(db: AsyncSession, actor: Actor, *, now: datetime) -> None:
    if actor.session_id is not None:
        await end_session(db, actor.session_id, now)
    await audit.record(db, actor=actor, action=AuditAction.sign_out, resource_type="account")


async def me(db: AsyncSession, actor: Actor, *, csrf_token: str | None) -> MeRead:
    """The signed-in person's account; API clients have none."""
    if actor.user_id is None:
        raise Forbidden("API clients have no account; use the partner endpoints.")
    return await _account(db, actor.user_id, csrf_token=csrf_token)


async def _account(db: AsyncSession, user_id: uuid.UUID, *, csrf_token: str | None) -> MeRead:
    found = await repository.account(db, user_id)
    if found is None:
        raise NotFound("This account no longer exists.")
    return MeRead(
        id=found.user.id,
        email=found.user.email,
        display_name=found.user.display_name,
        role=found.user.role,
        organisation=OrganisationSummary(
            id=found.organisation.id,
            name=found.organisation.name,
            kind=found.organisation.kind,
        ),
        teams=[TeamSummary(id=team.id, name=team.name) for team in found.teams],
        actions=permitted_actions(Role(found.user.role), OrganisationKind(found.organisation.kind)),
        csrf_token=csrf_token,
    )
