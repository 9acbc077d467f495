"""A young person redeems their worker's code: a new account bound to them, signed in.

Whatever is wrong with a code (unknown, expired, used, revoked, mistyped) the answer is the
same, so a guesser learns nothing, and guesses from one address are throttled.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit, throttle
from kindred.auth.audit import AuditAction, Outcome
from kindred.auth.passwords import MIN_LENGTH, hash_password, password_problems
from kindred.auth.policy import permitted_actions
from kindred.auth.secrets import csrf_token_for
from kindred.auth.sessions import start_session
from kindred.auth.throttle import ThrottleKey, ThrottleKind, ThrottleLimits
from kindred.core.errors import Conflict, FieldError, InvalidInput, NotFound, TooManyRequests
from kindred.domain.young_people import (
    USERNAME_PATTERN,
    USERNAME_SUFFIX_ALPHABET,
    USERNAME_SUFFIX_LENGTH,
    birthday_pins,
    normalise_code,
    pin_problems,
    username_from,
    username_stem,
)
from kindred.models.child import Child
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role, User
from kindred.modules.identity import api as identity
from kindred.modules.identity.schemas import OrganisationSummary
from kindred.modules.young_people import repository
from kindred.modules.young_people.repository import FoundInvitation
from kindred.modules.young_people.schemas import RedeemRequest, YoungPersonSignedIn
from kindred.modules.young_people.service import ACCOUNT, INVITATION, code_hash
from kindred.settings import Settings

CODE_LIMITS = ThrottleLimits(attempts=10, lockout=timedelta(minutes=15))
NAME_ATTEMPTS = 8
CODE_NOT_VALID = "This code has expired or was already used — ask your worker for a new one."
HAS_ACCOUNT = (
    "You already have an account. Sign in with your name and PIN, or ask your worker for help."
)


class CodeNotValid(InvalidInput):
    slug = "invitation-code-not-valid"
    title = "This code cannot be used"


class RedeemLocked(TooManyRequests):
    slug = "redeem-locked"
    title = "Too many codes tried"


@dataclass(frozen=True, slots=True)
class Redeemed:
    session_token: str
    csrf_token: str
    account: YoungPersonSignedIn


async def _locked(db: AsyncSession, locked_until: datetime, now: datetime) -> RedeemLocked:
    return await throttle.refuse_locked(
        db,
        RedeemLocked,
        "Too many codes were tried. Wait {wait}, then try again, or ask your worker for help.",
        locked_until=locked_until,
        now=now,
        audited_as=INVITATION,
    )


async def _refuse_code(
    db: AsyncSession, key: ThrottleKey, found: FoundInvitation | None, now: datetime
) -> Exception:
    """Count a failed code (kept even though the request fails) and say the one answer."""
    state = await throttle.record_failure(db, key, CODE_LIMITS, now=now)
    await audit.record(
        db,
        actor=None,
        tenant_id=found.tenant_id if found else None,
        label="young person joining",
        action=AuditAction.sign_in_failure,
        resource_type=INVITATION,
        resource_id=found.invitation_id if found else None,
        child_id=found.child_id if found else None,
        outcome=Outcome.failure,
        details={"failures": state.failures},
    )
    if state.locked_until is not None:
        return await _locked(db, state.locked_until, now)
    return CodeNotValid(
        CODE_NOT_VALID,
        errors=[FieldError(field="body.code", message=CODE_NOT_VALID)],
        keep_changes=True,
    )


def _usable(found: FoundInvitation | None, now: datetime) -> bool:
    return (
        found is not None
        and found.redeemed_at is None
        and found.revoked_at is None
        and found.expires_at > now
    )


def _check_pin(pin: str, child: Child, username: str) -> None:
    if pin.isdigit():
        problems = pin_problems(pin, guessable=birthday_pins(child.date_of_birth))
    elif len(pin) < MIN_LENGTH:
        problems = [
            f"Use a PIN of at least 6 numbers, or a password of at least {MIN_LENGTH} letters "
            "and numbers."
        ]
    else:
        names = (child.given_name, child.preferred_name or "", child.family_name, username)
        problems = password_problems(pin, personal=names)
    if problems:
        raise InvalidInput(
            problems[0],
            errors=[FieldError(field="body.pin", message=problem) for problem in problems],
        )


async def _username(db: AsyncSession, chosen: str | None, child: Child) -> str:
    """The chosen sign-in name if free, or one made from the child's name."""
    if chosen is not None:
        name = chosen.strip().lower()
        if not USERNAME_PATTERN.fullmatch(name):
            raise InvalidInput(
                "Choose a name of 3 to 30 letters, numbers, dots or hyphens.",
                errors=[FieldError(field="body.username", message="Letters, numbers, . and -")],
            )
        if await repository.name_taken(db, name):
            raise Conflict(
                "Someone already has this name. Try another, or leave it empty and we will "
                "make one for you.",
                errors=[FieldError(field="body.username", message="Already taken.")],
            )
        return name
    stem = username_stem(child.preferred_name or child.given_name)
    for _ in range(NAME_ATTEMPTS):
        suffix = "".join(
            secrets.choice(USERNAME_SUFFIX_ALPHABET) for _ in range(USERNAME_SUFFIX_LENGTH)
        )
        name = username_from(stem, suffix)
        if not await repository.name_taken(db, name):
            return name
    raise Conflict("Could not make a free sign-in name. Choose one yourself.")


async def redeem(
    db: AsyncSession,
    body: RedeemRequest,
    *,
    client_address: str,
    user_agent: str | None,
    settings: Settings,
    now: datetime,
) -> Redeemed:
    """Check the code; make the young person's account bound to the child; sign them in."""
    key = ThrottleKey.of(ThrottleKind.young_person_code, source=client_address)
    locked_until = await throttle.locked_until(db, key, now)
    if locked_until is not None:
        raise await _locked(db, locked_until, now)

    secret_key = settings.secret_key.get_secret_value()
    code = normalise_code(body.code)
    found = await repository.find_invitation(db, code_hash(code, secret_key)) if code else None
    if not _usable(found, now):
        raise await _refuse_code(db, key, found, now)
    assert found is not None  # for the type checker: _usable said so
    child = await repository.lock_child(db, found.child_id)  # the lookup bound its council
    if child is None:
        raise await _refuse_code(db, key, found, now)
    if await repository.has_open_account(db, child.id):
        raise Conflict(HAS_ACCOUNT)
    username = await _username(db, body.username, child)
    pin = body.pin.get_secret_value()
    _check_pin(pin, child, username)
    if not await repository.claim_invitation(db, found.invitation_id, now):
        raise await _refuse_code(db, key, found, now)

    user = await repository.add_user(
        db,
        User(
            tenant_id=found.tenant_id,
            email=username,
            display_name=child.preferred_name or child.given_name,
            role=Role.young_person,
            password_hash=hash_password(pin),
            child_id=child.id,
            password_changed_at=now,
            last_signed_in_at=now,
        ),
    )
    await repository.record_redeemer(db, found.invitation_id, user.id)
    await throttle.clear(db, key)
    token = await start_session(
        db,
        user_id=user.id,
        tenant_id=found.tenant_id,
        user_agent=user_agent,
        settings=settings,
        now=now,
    )
    for action, resource_type, resource_id in (
        (AuditAction.create, ACCOUNT, user.id),
        (AuditAction.update, INVITATION, found.invitation_id),
        (AuditAction.sign_in, "account", user.id),
    ):
        await audit.record(
            db,
            actor=None,
            tenant_id=found.tenant_id,
            user_id=user.id,
            label=username,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            child_id=child.id,
            details={"redeemed": True},
        )
    csrf = csrf_token_for(token, secret_key)
    return Redeemed(token, csrf, await _signed_in(db, user, csrf))


async def _signed_in(db: AsyncSession, user: User, csrf_token: str) -> YoungPersonSignedIn:
    found = await identity.account(db, user.id)
    if found is None:
        raise NotFound("This account no longer exists.")
    return YoungPersonSignedIn(
        id=user.id,
        email=user.email,
        username=user.email,
        display_name=user.display_name,
        role=Role.young_person,
        organisation=OrganisationSummary(
            id=found.organisation.id, name=found.organisation.name, kind=found.organisation.kind
        ),
        teams=[],
        actions=permitted_actions(Role.young_person, OrganisationKind(found.organisation.kind)),
        csrf_token=csrf_token,
    )
