"""Rate limits per caller on the partner API: a token bucket kept in PostgreSQL.

Each caller (an API client, or a person in the browser) has one bucket row, shared by every app
process and worker, so the limit holds however many processes serve the API. The bucket is
taken in its own short transaction, committed before the request runs: a request that fails
still costs its token, and the row lock is held only for that moment. Over the limit is a 429
with `Retry-After` (seconds until a token is back).
"""

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from kindred.auth.actor import Actor
from kindred.auth.dependencies import authenticate
from kindred.auth.tenancy import bind_tenant
from kindred.core.clock import current_time
from kindred.core.database import Database
from kindred.core.errors import TooManyRequests
from kindred.domain.referrals import take_token
from kindred.models.partner import RateLimitBucket
from kindred.settings import Settings


class RateLimited(TooManyRequests):
    slug = "rate-limited"
    title = "Too many requests: slow down"


async def _take(database: Database, actor: Actor, *, rate: float, burst: int) -> int:
    """Seconds to wait (0: allowed, and one token taken)."""
    now = current_time()
    async with database.sessions() as db:
        await bind_tenant(db, actor.tenant_id)
        await db.execute(
            insert(RateLimitBucket)
            .values(
                tenant_id=actor.tenant_id, caller_id=actor.id, tokens=float(burst), updated_at=now
            )
            .on_conflict_do_nothing(index_elements=["caller_id"])
        )
        bucket = await db.scalar(
            select(RateLimitBucket).where(RateLimitBucket.caller_id == actor.id).with_for_update()
        )
        assert bucket is not None
        state = take_token(
            bucket.tokens, (now - bucket.updated_at).total_seconds(), rate=rate, burst=burst
        )
        bucket.tokens = state.tokens
        bucket.updated_at = max(now, bucket.updated_at)
        await db.commit()
    return state.retry_after_seconds


async def rate_limit(request: Request, actor: Actor = Depends(authenticate)) -> None:
    """A dependency for partner routes: 429 with Retry-After once the caller's bucket is empty."""
    settings: Settings = request.app.state.settings
    wait = await _take(
        request.app.state.database,
        actor,
        rate=settings.partner_rate_per_second,
        burst=settings.partner_rate_burst,
    )
    if wait:
        raise RateLimited(
            f"You have used your {settings.partner_rate_burst} requests; one more is allowed "
            f"every {1 / settings.partner_rate_per_second:g} s. Retry after {wait} s.",
            headers={"Retry-After": str(wait)},
        )


RATE_LIMITED = Depends(rate_limit)
