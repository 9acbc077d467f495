"""Young people's accounts: the worker's invitation, redeeming its code, pausing or ending."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Request, Response, status

from kindred.auth.actor import Actor
from kindred.auth.dependencies import PUBLIC, require
from kindred.auth.policy import Action
from kindred.auth.session_cookies import set_session_cookies
from kindred.core.client_address import client_address
from kindred.core.clock import Now
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    TooManyRequests,
    problem_responses,
)
from kindred.modules.young_people import redeem as redeem_service
from kindred.modules.young_people import service
from kindred.modules.young_people.schemas import (
    AccountStatusChange,
    InvitationCreated,
    InvitationRead,
    RedeemRequest,
    YoungPersonAccountRead,
    YoungPersonSignedIn,
)
from kindred.settings import Settings

router = APIRouter(tags=["young people"])

INVITATIONS = "/children/{child_id}/young-person-invitations"
ACCOUNT = "/children/{child_id}/young-person-account"


def _secret_key(request: Request) -> str:
    settings: Settings = request.app.state.settings
    return settings.secret_key.get_secret_value()


@router.post(
    INVITATIONS,
    status_code=status.HTTP_201_CREATED,
    summary="Invite a young person to their own account",
    description="Makes a single-use code (e.g. `K7P3-MX9Q`) that works for 7 days, shown only "
    "in this answer: give it to the young person to enter at `redeem_path`. Any earlier unused "
    "code for the child stops working. 409 when the child already has an account that is not "
    "ended.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, Conflict),
)
async def invite(
    child_id: uuid.UUID,
    request: Request,
    actor: Annotated[Actor, require(Action.invite_young_person)],
    now: Now,
    db: DbSession,
) -> InvitationCreated:
    return await service.invite(db, actor, child_id, secret_key=_secret_key(request), now=now)


@router.get(
    INVITATIONS,
    summary="List a child's invitations",
    description="Newest first (at most 50), without their codes: who made each, when it "
    "expires, and whether it was used or replaced.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def list_invitations(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.invite_young_person)],
    now: Now,
    db: DbSession,
) -> list[InvitationRead]:
    return await service.list_invitations(db, actor, child_id, now=now)


@router.post(
    "/young-people/redeem",
    dependencies=[PUBLIC],
    status_code=status.HTTP_201_CREATED,
    summary="Redeem an invitation code and set a PIN",
    description="Makes the young person's account and signs them in (cookies as for sign-in). "
    "Any unusable code gets the same 422 answer. After 10 failed codes from one address, "
    "429 for 15 minutes. 409 when the young person already has an account, or the chosen "
    "`username` is taken.",
    responses=problem_responses(InvalidInput, Conflict, TooManyRequests),
)
async def redeem(
    now: Now, body: RedeemRequest, request: Request, response: Response, db: DbSession
) -> YoungPersonSignedIn:
    redeemed = await redeem_service.redeem(
        db,
        body,
        client_address=client_address(request),
        user_agent=request.headers.get("user-agent"),
        settings=request.app.state.settings,
        now=now,
    )
    set_session_cookies(
        request, response, session_token=redeemed.session_token, csrf_token=redeemed.csrf_token
    )
    return redeemed.account


@router.get(
    ACCOUNT,
    summary="A child's young-person account",
    description="Its status, sign-in name and last sign-in; 404 when the child never had one.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_account(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.manage_young_person_account)],
    db: DbSession,
) -> YoungPersonAccountRead:
    return await service.get_account(db, actor, child_id)


@router.patch(
    ACCOUNT,
    summary="Pause, reopen or end a young person's account",
    description="Pausing or ending signs them out at once. An ended account stays ended (409 "
    'to reopen it): invite them again for a new one; their "About me" history is kept.',
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def change_account(
    child_id: uuid.UUID,
    body: AccountStatusChange,
    actor: Annotated[Actor, require(Action.manage_young_person_account)],
    now: Now,
    db: DbSession,
) -> YoungPersonAccountRead:
    return await service.change_account(db, actor, child_id, body, now=now)
