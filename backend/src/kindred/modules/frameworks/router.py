"""Needs frameworks: the current version, any pinned version, the list, and publishing."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, status

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
from kindred.modules.frameworks import service
from kindred.modules.frameworks.schemas import FrameworkRead, FrameworkVersionItem

router = APIRouter(prefix="/frameworks", tags=["frameworks"])

Reader = Annotated[Actor, require(Action.read_framework)]
MAX_DOCUMENT_BYTES = 256 * 1024


@router.get(
    "",
    summary="List framework versions",
    description="The versions your council has published, newest first, then the shipped "
    "default (1.0.0). `is_current` marks the one new assessments use.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def list_frameworks(actor: Reader, db: DbSession) -> list[FrameworkVersionItem]:
    return await service.list_versions(db, actor)


@router.get(
    "/current",
    summary="Read the current needs framework",
    description="The version new assessments are made with: your council's latest published "
    "version, or the shipped default when it has published none.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def get_current_framework(actor: Reader, db: DbSession) -> FrameworkRead:
    return await service.get_current(db, actor)


@router.get(
    "/{version}",
    summary="Read a framework version",
    description="A version your council published, or 1.0.0, the shipped default. Every "
    "assessment names the version it was made with (`framework_version`).",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def get_framework(
    version: Annotated[str, Path(min_length=1, max_length=32)], actor: Reader, db: DbSession
) -> FrameworkRead:
    return await service.get_version(db, actor, version)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Publish a framework version",
    description="Send a whole framework document (the shape of `GET /frameworks/current`, "
    "without `is_default`). It must keep the default's key and its domains with their keys "
    "and order; weights (above 0, at most 100) and words may change. The version must be new "
    "(409 if your council already published it) and not 1.0.0. Published versions never "
    "change; assessments already made keep their own version and score. Council admins only.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput, Conflict),
    max_body_size=MAX_DOCUMENT_BYTES,
)
async def publish_framework(
    document: Annotated[dict[str, Any], Body(description="A framework document.")],
    actor: Annotated[Actor, require(Action.publish_framework)],
    db: DbSession,
) -> FrameworkRead:
    return await service.publish(db, actor, document)
