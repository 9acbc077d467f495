"""The young person's own voice: "About me", their wheel and framework; and their workers' view."""

import uuid
from typing import Annotated

from fastapi import APIRouter

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.core.pagination import Page, Paging
from kindred.modules.voice import child_view, service
from kindred.modules.voice.schemas import (
    AboutMeRead,
    AboutMeWrite,
    ChildFramework,
    MyWheel,
    VoiceComparison,
)

router = APIRouter(tags=["young people's voice"])


@router.get(
    "/me/about-me",
    summary='My "About me" (young person)',
    description="The newest version, or an empty one numbered 0. Young people only.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_my_about_me(
    actor: Annotated[Actor, require(Action.read_own_voice)], db: DbSession
) -> AboutMeRead:
    return await service.get_own_about_me(db, actor)


@router.put(
    "/me/about-me",
    summary='Save my "About me" (young person)',
    description="Saves a new version (the earlier ones are kept) with every section, the "
    "self-ratings and the sharing choices. Send `based_on`: the `number` you read. If another "
    "version was saved since, 409 with it in `current`. Saving the same again adds no version.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def save_my_about_me(
    body: AboutMeWrite, actor: Annotated[Actor, require(Action.write_own_voice)], db: DbSession
) -> AboutMeRead:
    return await service.save_own_about_me(db, actor, body)


@router.get(
    "/me/wheel",
    summary="My needs wheel in my words (young person)",
    description="The levels agreed at the latest approved assessment, in child-friendly words; "
    "levels are null before any. No evidence, scores, drafts or notes.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_my_wheel(
    actor: Annotated[Actor, require(Action.read_own_voice)], db: DbSession
) -> MyWheel:
    return await service.get_own_wheel(db, actor)


@router.get(
    "/me/framework",
    summary="The wheel's areas and levels in child-friendly words (young person)",
    description="For rating myself: each area's name and description and what each level "
    "looks like, in a child's words only.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_my_framework(
    actor: Annotated[Actor, require(Action.read_own_voice)], db: DbSession
) -> ChildFramework:
    return await service.get_own_framework(db, actor)


@router.get(
    "/children/{child_id}/about-me",
    summary='A child\'s "About me"',
    description="The young person's newest version, with who wrote it and when; number 0 "
    "when nothing is written yet. Read-only: their words are theirs.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_child_about_me(
    child_id: uuid.UUID, actor: Annotated[Actor, require(Action.read_child_voice)], db: DbSession
) -> AboutMeRead:
    return await child_view.get_about_me(db, actor, child_id)


@router.get(
    "/children/{child_id}/about-me/history",
    summary='A child\'s "About me" over time',
    description="Every version, newest first, each with its self-ratings: for the timeline.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def get_child_about_me_history(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.read_child_voice)],
    db: DbSession,
    paging: Paging,
) -> Page[AboutMeRead]:
    return await child_view.about_me_history(db, actor, child_id, paging)


@router.get(
    "/children/{child_id}/voice-comparison",
    summary="The young person's ratings beside the practitioner's",
    description="Per domain, the latest approved level and the young person's own level and "
    "words, with `differs` where both rated and they are not the same.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_voice_comparison(
    child_id: uuid.UUID, actor: Annotated[Actor, require(Action.read_child_voice)], db: DbSession
) -> VoiceComparison:
    return await child_view.compare(db, actor, child_id)
