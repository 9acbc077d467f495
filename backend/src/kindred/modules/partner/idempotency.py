"""`Idempotency-Key` on every partner POST: a retried request returns the first result.

The key is claimed by inserting it in the same transaction as the work it guards:

- a retry after the first request committed finds the stored status and body and gets them
  back (with `Idempotent-Replayed: true`), and nothing is created twice;
- a retry while the first is still running waits on the key's unique index until the first
  commits (then it gets the stored answer) or rolls back (then it runs as if new);
- the same key with a different request (method, path or body) is a 422.

A one-time secret in the first answer is never stored with the key: the caller passes
`replayed_as` to say what a retry gets back instead (the same record, the secret left out).

Failed requests (4xx) store nothing, so a client can correct its request and retry with the same
key. Keys are scoped to the caller (an API client, or a person) and kept for 24 hours.
"""

import hashlib
import json
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Annotated, Any, TypeVar

from fastapi import Header
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.actor import Actor
from kindred.core.errors import FieldError, InvalidInput, KindredError
from kindred.models.partner import IdempotencyRecord

Answer = TypeVar("Answer", bound=BaseModel)

KEY_LIFETIME = timedelta(hours=24)
REPLAYED_HEADER = "Idempotent-Replayed"

IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        pattern=r"^[\x21-\x7e]+$",
        description="A unique key for this request (a UUID is ideal). Retrying with the same key "
        "returns the first result and never creates a duplicate; reusing it for a different "
        "request is a 422. Kept for 24 hours.",
        examples=["5f0c6b8e-2a4f-4d0a-9f4e-0b6a1e2c7d91"],
    ),
]


class IdempotencyKeyReused(InvalidInput):
    slug = "idempotency-key-reused"
    title = "This Idempotency-Key was used for a different request"


def request_fingerprint(method: str, path: str, body: BaseModel | None) -> bytes:
    canonical = json.dumps(
        {"method": method, "path": path, "body": body.model_dump(mode="json") if body else None},
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).digest()


async def _claim(
    db: AsyncSession, actor: Actor, key: str, fingerprint: bytes, method: str, path: str
) -> bool:
    claimed = await db.scalar(
        insert(IdempotencyRecord)
        .values(
            tenant_id=actor.tenant_id,
            caller_id=actor.id,
            key=key,
            request_hash=fingerprint,
            method=method,
            path=path[:300],
        )
        .on_conflict_do_nothing(index_elements=["caller_id", "key"])
        .returning(IdempotencyRecord.caller_id)
    )
    return claimed is not None


async def _stored(db: AsyncSession, actor: Actor, key: str) -> IdempotencyRecord | None:
    return await db.scalar(
        select(IdempotencyRecord)
        .where(IdempotencyRecord.caller_id == actor.id, IdempotencyRecord.key == key)
        .execution_options(populate_existing=True)
    )


def _key_error() -> IdempotencyKeyReused:
    return IdempotencyKeyReused(
        "This Idempotency-Key was first used for a different request. Use a new key for a new "
        "request.",
        errors=[FieldError(field="header.Idempotency-Key", message="Used for another request.")],
    )


async def idempotent(
    db: AsyncSession,
    actor: Actor,
    key: str,
    *,
    method: str,
    path: str,
    body: BaseModel | None,
    status_code: int,
    run: Callable[[], Awaitable[Answer]],
    replayed_as: Callable[[Answer], BaseModel] | None = None,
) -> JSONResponse:
    """Run `run` once per (caller, key); replay its stored answer for every retry."""
    fingerprint = request_fingerprint(method, path, body)
    if not await _claim(db, actor, key, fingerprint, method, path):
        stored = await _stored(db, actor, key)
        if stored is None:  # the first request rolled back between our insert and read
            return await idempotent(
                db,
                actor,
                key,
                method=method,
                path=path,
                body=body,
                status_code=status_code,
                run=run,
                replayed_as=replayed_as,
            )
        if stored.request_hash != fingerprint:
            raise _key_error()
        if stored.response_status is not None and stored.response_body is not None:
            return JSONResponse(
                stored.response_body,
                status_code=stored.response_status,
                headers={REPLAYED_HEADER: "true"},
            )
        raise _key_error()
    try:
        result = await run()
    except KindredError as error:
        if error.keep_changes:  # its audit record is kept; the key must not be
            await db.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.caller_id == actor.id, IdempotencyRecord.key == key
                )
            )
        raise
    stored_body = (replayed_as(result) if replayed_as else result).model_dump(mode="json")
    await db.execute(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.caller_id == actor.id, IdempotencyRecord.key == key)
        .values(response_status=status_code, response_body=stored_body)
    )
    response_body: dict[str, Any] = result.model_dump(mode="json")
    return JSONResponse(response_body, status_code=status_code)
